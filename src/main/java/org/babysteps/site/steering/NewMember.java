package org.babysteps.site.steering;

import org.babysteps.platform.AgencyId;

/** A person joining the steering group, from a partner agency ({@code agencyId}) or another organisation. */
public record NewMember(String name, AgencyId agencyId, String organisation, String role, Seniority seniority) {
}
