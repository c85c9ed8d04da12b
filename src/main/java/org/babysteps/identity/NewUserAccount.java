package org.babysteps.identity;

import java.util.Set;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;

/** A staff account to create: who, in which agency, doing what, at which sites, with a first password. */
public record NewUserAccount(String email, String displayName, AgencyId agencyId, Set<Role> roles,
                             Set<SiteId> siteIds, String initialPassword) {

    public NewUserAccount {
        roles = Set.copyOf(roles);
        siteIds = Set.copyOf(siteIds);
    }
}
