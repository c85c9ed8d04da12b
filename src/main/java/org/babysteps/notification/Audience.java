package org.babysteps.notification;

import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * Who a notification is for: the enabled accounts holding any of {@code roles}; for site roles, only those of
 * {@code site}. Licensor roles are not tied to a site, so {@code site} does not narrow them. Plus the named
 * {@code users} (when enabled), for messages meant for particular people, such as a family's facilitators.
 */
public record Audience(Set<Role> roles, SiteId site, Set<UserId> users) {

    public Audience {
        roles = Set.copyOf(roles);
        users = users == null ? Set.of() : Set.copyOf(users);
    }

    public Audience(Set<Role> roles, SiteId site) {
        this(roles, site, Set.of());
    }

    public static Audience licensorStaff() {
        return new Audience(Set.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER), null);
    }

    public static Audience siteLeads(SiteId site) {
        return new Audience(Set.of(Role.SITE_LEAD), site);
    }

    /** Exactly these people, whatever their roles. */
    public static Audience users(Set<UserId> users) {
        return new Audience(Set.of(), null, users);
    }
}
