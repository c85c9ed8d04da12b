package org.babysteps.reporting.compliance;

import java.util.List;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.ReportingPeriod;

/** Data returns: registers of past sessions and past planned home visits recorded on the platform. */
public final class DataReturnsCompliance {

    static final String MEASURED_AS = "Group sessions dated in the period before today that were not cancelled, "
            + "counted as returned once their register is saved; and home visits planned in the period before today, "
            + "counted as returned once recorded as done.";

    private DataReturnsCompliance() {
    }

    public static ConditionResult assess(LicenceConditionDefinition condition, List<DueReturn> due, ReportingPeriod period) {
        List<DueReturn> missing = due.stream().filter(r -> !r.recorded()).toList();
        int total = due.size();
        int compliant = total - missing.size();
        List<String> behind = missing.stream()
                .map(r -> ReportingPeriod.day(r.due()) + ": " + r.what() + " not recorded").toList();
        return new ConditionResult(condition, ComplianceThresholds.judge(condition, compliant, total), compliant, total,
                "registers and home visits", false, sentence(missing.size(), total, period), MEASURED_AS, behind);
    }

    private static String sentence(int missing, int total, ReportingPeriod period) {
        String returns = ComplianceThresholds.count(total, "register or home visit", "registers and home visits")
                + " due " + period.label();
        if (total == 0) {
            return "No registers or home visits were due " + period.label() + ".";
        }
        if (missing == 0) {
            return (total == 1 ? "The " : "All ") + returns + (total == 1 ? " was" : " were") + " recorded.";
        }
        return missing + " of " + returns + (missing == 1 ? " was" : " were") + " not recorded.";
    }
}
