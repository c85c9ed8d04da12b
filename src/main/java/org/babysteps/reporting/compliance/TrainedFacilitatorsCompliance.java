package org.babysteps.reporting.compliance;

import java.util.List;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.ReportingPeriod;

/** Only trained facilitators deliver: delivered sessions whose facilitators were all trained on the day. */
public final class TrainedFacilitatorsCompliance {

    static final String MEASURED_AS = "Group sessions delivered in the period at which every facilitator in post "
            + "had completed the programme's facilitator training, and that training had not expired, on the day.";

    private TrainedFacilitatorsCompliance() {
    }

    public static ConditionResult assess(LicenceConditionDefinition condition, List<SessionFact> delivered,
                                         ReportingPeriod period) {
        List<SessionFact> untrained = delivered.stream().filter(s -> !s.untrainedFacilitators().isEmpty()).toList();
        int total = delivered.size();
        int compliant = total - untrained.size();
        List<String> behind = untrained.stream().map(s -> s.where() + ": " + String.join(", ", s.untrainedFacilitators())
                + (s.untrainedFacilitators().size() == 1 ? " was" : " were") + " not trained on the day").toList();
        return new ConditionResult(condition, ComplianceThresholds.judge(condition, compliant, total), compliant, total,
                "delivered sessions", false, sentence(untrained.size(), total, period), MEASURED_AS, behind);
    }

    private static String sentence(int untrained, int total, ReportingPeriod period) {
        String sessions = ComplianceThresholds.count(total, "session", "sessions") + " delivered " + period.label();
        if (total == 0) {
            return "No group sessions were delivered " + period.label() + ".";
        }
        if (untrained == 0) {
            return "Every facilitator of the " + sessions + " was trained in the programme on the day.";
        }
        return untrained + " of " + sessions + " had a facilitator who was not trained in the programme on the day.";
    }
}
