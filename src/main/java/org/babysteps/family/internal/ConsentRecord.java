package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.AgencyId;

/** One consent as recorded: who gave it and when, who recorded it, and its withdrawal if any. */
public record ConsentRecord(ConsentId id, FamilyId familyId, ConsentPurpose purpose, LocalDate givenOn,
                            UUID givenByMemberId, String givenByName, Set<AgencyId> partnerAgencies,
                            String recordedByName, LocalDate withdrawnOn, String withdrawalRecordedByName) {

    public ConsentRecord {
        partnerAgencies = Set.copyOf(partnerAgencies);
    }

    /** In force on this day: given by then, and not withdrawn by then. */
    public boolean currentOn(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
