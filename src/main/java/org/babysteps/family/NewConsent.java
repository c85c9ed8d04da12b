package org.babysteps.family;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.platform.AgencyId;

/**
 * A consent to record.
 *
 * @param givenByParentId  the parent (a {@link Participant} id) who gave it
 * @param partnerAgencies  for {@link ConsentPurpose#SHARE_WITH_PARTNERS}: the site's agencies it covers; empty
 *                         for any other purpose
 */
public record NewConsent(ConsentPurpose purpose, LocalDate givenOn, UUID givenByParentId,
                         Set<AgencyId> partnerAgencies) {

    public NewConsent {
        partnerAgencies = partnerAgencies == null ? Set.of() : Set.copyOf(partnerAgencies);
    }
}
