package org.babysteps.delivery.internal;

import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.PractitionerChanged;
import org.babysteps.workforce.PractitionerTrained;
import org.babysteps.workforce.ProgrammeRole;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery roster in step with the workforce module: facilitators with an account appear on their sites'
 * rosters with their agency type and leaving date, and completed training (with its refresher expiry) is what
 * makes them count for co-facilitation. Runs after the workforce change commits, retried if it fails.
 */
@Component
class WorkforceRosterSync {

    private final FacilitatorStore facilitators;

    WorkforceRosterSync(FacilitatorStore facilitators) {
        this.facilitators = facilitators;
    }

    @ApplicationModuleListener
    void on(PractitionerChanged changed) {
        if (changed.userId() == null || !changed.roles().contains(ProgrammeRole.FACILITATOR)) {
            return;
        }
        SystemIdentity.runAs("workforce-roster-sync", Set.of(Role.LICENSOR_ADMIN), () -> {
            for (SiteId site : changed.siteIds()) {
                facilitators.upsertFromWorkforce(site, changed.userId(), changed.id().value(), changed.name(),
                        changed.agencyType(), changed.leftOn());
            }
        });
    }

    @ApplicationModuleListener
    void on(PractitionerTrained trained) {
        if (trained.userId() != null) {
            facilitators.recordTraining(trained.userId(), trained.trainedOn(), trained.validUntil());
        }
    }
}
