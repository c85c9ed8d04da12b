package org.babysteps.site.internal;

import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;

/** A site's editable fields with the version they were read at. */
public record SiteRecord(SiteId id, String name, String area, AgencyId leadAgencyId, int version) {
}
