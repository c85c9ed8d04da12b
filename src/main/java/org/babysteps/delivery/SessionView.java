package org.babysteps.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.babysteps.platform.SiteId;

/** One group meeting with its facilitators, as pages and the API show it. */
public record SessionView(SessionId id, GroupId groupId, String groupName, SiteId siteId, int number, String title,
                          String contactCode, LocalDate plannedDate, LocalTime plannedTime, VenueId venueId,
                          String venueName, SessionStatus status, String cancelReason, String exceptionReason,
                          int registerVersion, Instant registerSavedAt, String registerSavedBy,
                          List<Facilitator> facilitators) {

    /** Its date has passed and nobody saved a register or cancelled it. */
    public boolean due(LocalDate today) {
        return status == SessionStatus.PLANNED && plannedDate.isBefore(today);
    }

    /** A facilitator on this planned session will not be trained on its date (never trained, or expired). */
    public boolean hasUntrainedFacilitator() {
        return status == SessionStatus.PLANNED
                && facilitators.stream().anyMatch(f -> f.inPostOn(plannedDate) && !f.trainedOn(plannedDate));
    }

    /** A facilitator on this session will have left by its date. */
    public boolean affectedByLeaver() {
        return status == SessionStatus.PLANNED && facilitators.stream().anyMatch(f -> !f.inPostOn(plannedDate));
    }
}
