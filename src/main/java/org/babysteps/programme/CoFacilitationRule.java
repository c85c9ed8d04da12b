package org.babysteps.programme;

import java.util.Set;

/**
 * Who must run each group session: at least one facilitator of every listed agency type (e.g. HEALTH and
 * CHILDRENS_SERVICES), and, if {@code trainedOnly}, only facilitators trained in the programme count.
 */
public record CoFacilitationRule(Set<String> requiredAgencyTypes, boolean trainedOnly) {

    public CoFacilitationRule {
        requiredAgencyTypes = Set.copyOf(requiredAgencyTypes);
    }
}
