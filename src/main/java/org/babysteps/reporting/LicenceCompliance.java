package org.babysteps.reporting;

import org.babysteps.platform.SiteId;

/** Licence condition compliance computed from the platform's own data, for pages and other modules. */
public interface LicenceCompliance {

    /**
     * Each condition of the programme's licence judged over {@code period} (only the part up to today counts).
     * Throws {@link org.babysteps.platform.NotFoundException} when the caller may not see the site.
     */
    SiteCompliance forSite(SiteId site, ReportingPeriod period);
}
