package org.babysteps.family.internal;

import java.util.List;
import java.util.Optional;
import org.babysteps.family.BirthDetails;

/** Everything the family page shows: the family, its consents, its journey so far and the baby's birth. */
public record FamilyProfile(FamilyRecord family, List<ConsentRecord> consents, List<JourneyStepRecord> journey,
                            Optional<BirthDetails> birth) {

    public List<ConsentRecord> currentConsents() {
        return consents.stream().filter(consent -> !consent.withdrawn()).toList();
    }

    public List<ConsentRecord> withdrawnConsents() {
        return consents.stream().filter(ConsentRecord::withdrawn).toList();
    }
}
