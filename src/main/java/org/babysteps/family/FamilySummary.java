package org.babysteps.family;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/**
 * A family as other modules see it: enough to list, enrol and contact it.
 *
 * @param displayName the parents' names, e.g. "Amira Khan and Joe Khan"
 */
public record FamilySummary(FamilyId id, SiteId siteId, String displayName, LocalDate expectedDeliveryDate,
                            JourneyStage stage, LocalDate referredOn, boolean interpreterNeeded,
                            String preferredLanguage, String transportNeeds) {
}
