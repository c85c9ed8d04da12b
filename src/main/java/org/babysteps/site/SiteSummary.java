package org.babysteps.site;

import org.babysteps.platform.SiteId;

/** A site as listed: no personal data. */
public record SiteSummary(SiteId id, String name, String area, String leadAgencyName, int agencyCount) {
}
