package org.babysteps.reporting.web;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;
import org.babysteps.site.LicenceSummary;
import org.babysteps.site.Licences;

/** The start of a site's licence in force, for the "licence to date" period; null when none is in force. */
final class LicenceStart {

    private LicenceStart() {
    }

    static LocalDate of(Licences licences, SiteId site) {
        return licences.current(site).filter(LicenceSummary::inForce).map(LicenceSummary::startsOn).orElse(null);
    }
}
