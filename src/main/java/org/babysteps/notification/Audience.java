package org.babysteps.notification;

import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;

/**
 * Who a notification is for: the enabled accounts holding any of {@code roles}; for site roles, only those of
 * {@code site}. Licensor roles are not tied to a site, so {@code site} does not narrow them.
 */
public record Audience(Set<Role> roles, SiteId site) {

    public Audience {
        roles = Set.copyOf(roles);
    }

    public static Audience licensorStaff() {
        return new Audience(Set.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER), null);
    }

    public static Audience siteLeads(SiteId site) {
        return new Audience(Set.of(Role.SITE_LEAD), site);
    }
}
