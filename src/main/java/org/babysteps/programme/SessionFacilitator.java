package org.babysteps.programme;

import java.util.Objects;

/**
 * One facilitator at a group session, as the co-facilitation rule sees them: the type of their agency
 * ("HEALTH", "CHILDRENS_SERVICES", "VOLUNTARY") and whether they are trained in the programme.
 */
public record SessionFacilitator(String agencyType, boolean trained) {

    public SessionFacilitator {
        Objects.requireNonNull(agencyType, "agency type");
    }
}
