package org.babysteps.identity;

import java.util.Set;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.UserId;

/** A staff account as listed on a site's page. */
public record UserSummary(UserId id, String email, String displayName, AgencyId agencyId, Set<Role> roles,
                          boolean enabled) {
}
