package org.babysteps.reporting.evaluation;

import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;

/**
 * What a caller may do with a site's evaluation reports. Someone who is only a commissioner sees shared reports
 * only, and only of sites their organisation funds; the site's lead writes and shares them.
 */
record ReportReader(boolean sharedOnly, boolean mustFundSite, CurrentUser user) {

    static ReportReader of(CurrentUser user) {
        boolean onlyCommissioner = user.has(Role.COMMISSIONER) && !user.has(Role.SITE_LEAD)
                && user.roles().stream().noneMatch(Role::licensor);
        return new ReportReader(onlyCommissioner, onlyCommissioner, user);
    }

    /** The site's own lead: the one who writes the narrative and decides when commissioners see it. */
    boolean writes(SiteId site) {
        return user.has(Role.SITE_LEAD) && user.siteIds().contains(site);
    }
}
