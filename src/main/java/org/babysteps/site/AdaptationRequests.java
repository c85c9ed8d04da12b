package org.babysteps.site;

import java.util.UUID;
import org.babysteps.platform.SiteId;

/** Asking for, deciding and withdrawing local adaptations; limited to the caller's sites and roles. */
public interface AdaptationRequests {

    /**
     * A site lead asks to adapt a component of the current programme version for their site (licensor admins may
     * too, for imports and system jobs). Throws {@link SiteChangeRejectedException} for bad input, saving nothing.
     */
    UUID request(SiteId site, NewAdaptation request);

    /** Licensor staff decide a request still awaiting a decision, which they read at {@code version}. */
    void decide(SiteId site, UUID adaptation, int version, AdaptationStatus decision, String reason, String conditions);

    /** The site's lead takes back a request the licensor has not decided yet. */
    void withdraw(SiteId site, UUID adaptation, int version);
}
