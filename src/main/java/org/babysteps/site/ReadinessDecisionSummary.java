package org.babysteps.site;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;

/** A decided readiness assessment: what the licensor decided, when, and why. */
public record ReadinessDecisionSummary(UUID assessmentId, SiteId site, ReadinessOutcome outcome, LocalDate decidedOn,
                                       String reason) {
}
