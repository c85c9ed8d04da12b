package org.babysteps.reporting;

import java.util.List;
import org.babysteps.programme.LicenceConditionDefinition;

/**
 * One licence condition judged over a period: how many cases complied out of how many, the status that gives
 * against the condition's thresholds, and the words and evidence behind it.
 *
 * @param unit       what was counted, plural ("delivered sessions", "facilitators", "families")
 * @param aboutFamilies whether the counts are of families, which reports for commissioners suppress when small
 * @param measuredAs how the figure is defined, in one sentence for the page
 * @param behind     the cases that did not comply, e.g. "12 Aug 2026, Tuesday group, session 3: no trained health
 *                   facilitator"; never a family's name
 */
public record ConditionResult(LicenceConditionDefinition condition, ComplianceStatus status, int compliant, int total,
                              String unit, boolean aboutFamilies, String sentence, String measuredAs,
                              List<String> behind) {

    public ConditionResult {
        behind = List.copyOf(behind);
    }

    /** Share of cases that complied, rounded down to a whole percent; null when there were none. */
    public Integer percent() {
        return total == 0 ? null : (int) (100L * compliant / total);
    }
}
