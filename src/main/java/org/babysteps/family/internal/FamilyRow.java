package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.platform.SiteId;

/** A family's own row: the referral, where it is on its journey, and the version edits build on. */
public record FamilyRow(FamilyId id, SiteId siteId, String programmeId, int programmeVersion, String displayName,
                        String referrerSource, String referrerName, LocalDate referralDate,
                        LocalDate expectedDeliveryDate, List<String> vulnerabilityFactors, String otherReasons,
                        String preferredLanguage, boolean interpreterNeeded, Set<ContactMethod> contactMethods,
                        String contactBestTimes, String transportNeeds, boolean needsTransportHelp, String notes,
                        JourneyStage stage, LocalDate stageSince, int version) {

    public FamilySummary summary() {
        return new FamilySummary(id, siteId, displayName, expectedDeliveryDate, stage, referralDate, interpreterNeeded,
                preferredLanguage, transportSummary());
    }

    /** What other modules planning sessions need to know about getting the family there, in one line. */
    public String transportSummary() {
        boolean described = transportNeeds != null && !transportNeeds.isBlank();
        if (needsTransportHelp) {
            return described ? "Needs help with transport: " + transportNeeds : "Needs help with transport";
        }
        return described ? transportNeeds : null;
    }
}
