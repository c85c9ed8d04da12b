package org.babysteps.reporting.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.ReportingPeriod;

/**
 * Fidelity to the core components: of the families who stayed to the end of a group that finished in the period,
 * the share who received every required home visit and the minimum number of group sessions (the programme's
 * completion rule). Families who withdrew before the end are not counted here; they show in reach and completion.
 */
public final class FidelityCompliance {

    static final String MEASURED_AS = "Families in groups whose last session fell in the period and who were still "
            + "enrolled at the end (or had completed): those who had every required home visit and attended at least "
            + "the programme's minimum number of group sessions. Families who withdrew earlier are not counted.";

    private FidelityCompliance() {
    }

    public static ConditionResult assess(LicenceConditionDefinition condition, List<PlaceFact> places,
                                         ReportingPeriod period) {
        int total = places.size();
        int compliant = (int) places.stream().filter(p -> p.progress().complete()).count();
        return new ConditionResult(condition, ComplianceThresholds.judge(condition, compliant, total), compliant, total,
                "families", true, sentence(places, compliant, period), MEASURED_AS, behind(places));
    }

    /** Per group, how many families fell short and why, without naming any. */
    private static List<String> behind(List<PlaceFact> places) {
        Map<String, List<PlaceFact>> byGroup = new LinkedHashMap<>();
        places.forEach(p -> byGroup.computeIfAbsent(p.groupName() + " (last session "
                + ReportingPeriod.day(p.groupEnded()) + ")", k -> new ArrayList<>()).add(p));
        List<String> behind = new ArrayList<>();
        byGroup.forEach((group, inGroup) -> {
            long fellShort = inGroup.stream().filter(p -> !p.progress().complete()).count();
            if (fellShort > 0) {
                long visits = inGroup.stream().filter(p -> !p.progress().missingVisitCodes().isEmpty()).count();
                long sessions = inGroup.stream().filter(p -> p.progress().sessionsStillNeeded() > 0).count();
                behind.add(group + ": " + fellShort + " of " + inGroup.size() + " families fell short (" + visits
                        + " missed a required home visit, " + sessions + " attended too few group sessions)");
            }
        });
        return behind;
    }

    private static String sentence(List<PlaceFact> places, int compliant, ReportingPeriod period) {
        if (places.isEmpty()) {
            return "No group finished " + period.label() + " with families still enrolled.";
        }
        int minimum = places.get(0).progress().sessionsRequired();
        return compliant + " of " + ComplianceThresholds.count(places.size(), "family", "families")
                + " in groups that finished " + period.label() + " received every required home visit and at least "
                + minimum + " group sessions.";
    }
}
