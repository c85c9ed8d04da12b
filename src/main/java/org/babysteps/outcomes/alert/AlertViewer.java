package org.babysteps.outcomes.alert;

import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.UserId;

/**
 * Who is looking, as alert queries need it: their sites, and whether they lead them (a lead sees every alert of
 * the site) or only facilitate (a facilitator sees the alerts they watch: of the families in their groups or on
 * their home visits, and of answers they entered; see {@link AlertWatchers}).
 */
record AlertViewer(SiteScope scope, UserId userId, boolean lead) {

    static AlertViewer of(CurrentUser user) {
        return new AlertViewer(user.scope(), user.userId(), user.has(Role.SITE_LEAD));
    }
}
