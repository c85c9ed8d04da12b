package org.babysteps.delivery;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * A practitioner on a site's delivery roster. Trained from {@code trainedOn}; gone from {@code leftOn}.
 *
 * @param agencyType   "HEALTH", "CHILDRENS_SERVICES" or "VOLUNTARY", as the co-facilitation rule counts them
 * @param trainedUntil when the training stops counting unless refreshed; null when it does not expire
 */
public record Facilitator(FacilitatorId id, SiteId siteId, UserId userId, String displayName, String agencyType,
                          LocalDate trainedOn, LocalDate trainedUntil, LocalDate leftOn) {

    /** Trained, training not yet expired, and still in post on that day. */
    public boolean trainedOn(LocalDate day) {
        return trainedOn != null && !trainedOn.isAfter(day) && (trainedUntil == null || trainedUntil.isAfter(day))
                && inPostOn(day);
    }

    /** Trained once, but the training no longer counts on that day (a refresher is overdue). */
    public boolean trainingExpiredOn(LocalDate day) {
        return trainedOn != null && trainedUntil != null && !trainedUntil.isAfter(day);
    }

    public boolean inPostOn(LocalDate day) {
        return leftOn == null || leftOn.isAfter(day);
    }

    public String agencyTypeLabel() {
        return switch (agencyType) {
            case "HEALTH" -> "Health";
            case "CHILDRENS_SERVICES" -> "Children's services";
            case "VOLUNTARY" -> "Voluntary";
            default -> agencyType;
        };
    }
}
