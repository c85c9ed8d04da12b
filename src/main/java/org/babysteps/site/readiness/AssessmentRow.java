package org.babysteps.site.readiness;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ReadinessOutcome;

/** One readiness assessment as stored: its state and, once decided, the decision. */
public record AssessmentRow(UUID id, SiteId site, String siteName, String templateCode, int templateVersion,
                            AssessmentStatus status, LocalDate startedOn, String startedByName, LocalDate submittedOn,
                            ReadinessOutcome outcome, String decisionReason, LocalDate decidedOn, String decidedByName,
                            int version) {

    public boolean draft() {
        return status == AssessmentStatus.DRAFT;
    }

    public boolean submitted() {
        return status == AssessmentStatus.SUBMITTED;
    }

    public boolean decided() {
        return status == AssessmentStatus.DECIDED;
    }
}
