package org.babysteps.family;

import java.time.LocalDate;
import java.util.Set;

/** An existing family of the caller's sites that a new referral looks like, and why. */
public record PossibleDuplicate(FamilyId familyId, String displayName, LocalDate expectedDeliveryDate,
                                JourneyStage stage, Set<DuplicateReason> matchedOn) {

    public PossibleDuplicate {
        matchedOn = Set.copyOf(matchedOn);
    }
}
