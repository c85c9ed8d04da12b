package org.babysteps.reporting.compliance;

import java.util.List;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.ReportingPeriod;

/** The co-facilitation condition: delivered sessions run by the pair the programme requires. */
public final class CoFacilitationCompliance {

    static final String MEASURED_AS = "Group sessions delivered in the period whose facilitators on the day included "
            + "everyone the programme's co-facilitation rule requires. A session with a recorded exception still "
            + "counts as not co-facilitated; the exception is shown with it.";

    private CoFacilitationCompliance() {
    }

    public static ConditionResult assess(LicenceConditionDefinition condition, List<SessionFact> delivered,
                                         ReportingPeriod period) {
        List<SessionFact> missed = delivered.stream().filter(s -> !s.pairProblems().isEmpty()).toList();
        int total = delivered.size();
        int compliant = total - missed.size();
        List<String> behind = missed.stream().map(s -> s.where() + ": " + String.join("; ", s.pairProblems())
                + (s.exceptionReason() == null ? "" : ". Exception recorded: " + s.exceptionReason())).toList();
        return new ConditionResult(condition, ComplianceThresholds.judge(condition, compliant, total), compliant, total,
                "delivered sessions", false, sentence(missed, total, period), MEASURED_AS, behind);
    }

    private static String sentence(List<SessionFact> missed, int total, ReportingPeriod period) {
        String sessions = ComplianceThresholds.count(total, "session", "sessions") + " delivered " + period.label();
        if (total == 0) {
            return "No group sessions were delivered " + period.label() + ".";
        }
        if (missed.isEmpty()) {
            return (total == 1 ? "The " : "All ") + sessions + (total == 1 ? " was" : " were")
                    + " run by the required pair.";
        }
        List<String> problems = missed.stream().flatMap(s -> s.pairProblems().stream()).distinct().toList();
        String what = problems.size() == 1 ? "had " + lowerFirst(withoutAside(problems.get(0)))
                : (missed.size() == 1 ? "was" : "were") + " not run by the required pair";
        return missed.size() + " of " + sessions + " " + what + ".";
    }

    /** "No trained health facilitator (a facilitator not yet trained ...)" reads "no trained health facilitator". */
    private static String withoutAside(String problem) {
        int aside = problem.indexOf(" (");
        return aside < 0 ? problem : problem.substring(0, aside);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
