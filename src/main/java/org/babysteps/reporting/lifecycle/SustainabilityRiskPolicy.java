package org.babysteps.reporting.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.reporting.ReportingPeriod;

/**
 * Whether a site's delivery is at risk of outliving its money: secured funding that ends before the licence does,
 * or before the last session of groups already planned. Each reason is a sentence the licensor can act on.
 */
public final class SustainabilityRiskPolicy {

    private SustainabilityRiskPolicy() {
    }

    /**
     * @param fundingEnd         the end of continuous secured cover, null when none is secured
     * @param licenceEnd         the end of the site's licence in force, null when it has none
     * @param lastPlannedSession the last planned (not yet delivered) group session, null when none is planned
     */
    public static List<String> reasons(LocalDate fundingEnd, LocalDate licenceEnd, LocalDate lastPlannedSession) {
        List<String> reasons = new ArrayList<>();
        boolean committed = licenceEnd != null || lastPlannedSession != null;
        if (fundingEnd == null) {
            if (committed) {
                reasons.add("No secured funding is recorded" + (licenceEnd != null ? " for a licensed site" : "")
                        + (lastPlannedSession != null ? " with groups planned" : ""));
            }
            return reasons;
        }
        if (licenceEnd != null && fundingEnd.isBefore(licenceEnd)) {
            reasons.add("Secured funding ends on " + ReportingPeriod.day(fundingEnd) + ", before the licence ends on "
                    + ReportingPeriod.day(licenceEnd));
        }
        if (lastPlannedSession != null && fundingEnd.isBefore(lastPlannedSession)) {
            reasons.add("Secured funding ends on " + ReportingPeriod.day(fundingEnd)
                    + ", before the last planned group session on " + ReportingPeriod.day(lastPlannedSession));
        }
        return reasons;
    }
}
