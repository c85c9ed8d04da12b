package org.babysteps.site;

import org.babysteps.platform.AgencyId;

/** An organisation: a site's partner agency, the licensor or a commissioner. */
public record Agency(AgencyId id, String name, AgencyType type) {
}
