package org.babysteps.delivery.internal;

import java.util.Set;
import org.babysteps.delivery.Enrolments;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.ConsentWithdrawn;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyLeftProgramme;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A family that withdraws its consent to take part, or leaves the programme, gives up its place at once: it leaves
 * the group's registers and the first family waiting takes the place. Its past attendance stays.
 */
@Component
class FamilyDepartures {

    private final Enrolments enrolments;

    FamilyDepartures(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.TAKE_PART) {
            release(withdrawn.familyId(), "consent to take part withdrawn");
        }
    }

    @ApplicationModuleListener
    void on(FamilyLeftProgramme left) {
        release(left.familyId(), "left the programme: " + left.stage().label().toLowerCase());
    }

    private void release(FamilyId family, String why) {
        SystemIdentity.runAs("family-departures", Set.of(Role.LICENSOR_ADMIN), () -> enrolments.release(family, why));
    }
}
