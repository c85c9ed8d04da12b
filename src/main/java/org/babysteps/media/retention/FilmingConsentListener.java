package org.babysteps.media.retention;

import java.util.Set;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.ConsentWithdrawn;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A family withdrawing consent to filming has every film of theirs deleted at once, the ones still uploading too.
 * Runs after the withdrawal commits, retried by the event publication registry until it succeeds; deleting is
 * idempotent, so a retry after a partial run deletes only what is left.
 */
@Component
class FilmingConsentListener {

    static final String REASON = "consent to filming withdrawn";

    private final VideoDeletion deletion;

    FilmingConsentListener(VideoDeletion deletion) {
        this.deletion = deletion;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.FILMING) {
            SystemIdentity.runAs("filming-consent-withdrawn", Set.of(Role.LICENSOR_ADMIN),
                    () -> deletion.deleteFilmsOfFamily(withdrawn.familyId().value(), REASON));
        }
    }
}
