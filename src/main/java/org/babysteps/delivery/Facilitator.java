package org.babysteps.delivery;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * A practitioner on a site's delivery roster. Trained from {@code trainedOn}; gone from {@code leftOn}.
 *
 * @param agencyType "HEALTH", "CHILDRENS_SERVICES" or "VOLUNTARY", as the co-facilitation rule counts them
 */
public record Facilitator(FacilitatorId id, SiteId siteId, UserId userId, String displayName, String agencyType,
                          LocalDate trainedOn, LocalDate leftOn) {

    /** Trained and still in post on that day. */
    public boolean trainedOn(LocalDate day) {
        return trainedOn != null && !trainedOn.isAfter(day) && inPostOn(day);
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
