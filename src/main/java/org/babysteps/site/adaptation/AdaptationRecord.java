package org.babysteps.site.adaptation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.AdaptationSummary;

/**
 * An adaptation request in full, as its pages show it: the request, the programme version it was made under,
 * and the decision once there is one.
 *
 * @param version read with the record; a decision or withdrawal must build on it
 */
public record AdaptationRecord(UUID id, SiteId site, String siteName, String programmeId, int programmeVersion,
                               String componentCode, String componentTitle, boolean touchesCore, String what,
                               String why, String coreJustification, LocalDate startsOn, LocalDate endsOn,
                               AdaptationStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                               Instant decidedAt, String decisionReason, String conditions, int version) {

    public boolean awaitingDecision() {
        return status == AdaptationStatus.REQUESTED;
    }

    public AdaptationSummary summary() {
        return new AdaptationSummary(id, site, componentCode, componentTitle, touchesCore, what, why, startsOn, endsOn,
                status, decisionReason, conditions);
    }
}
