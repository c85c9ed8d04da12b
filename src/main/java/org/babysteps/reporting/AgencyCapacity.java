package org.babysteps.reporting;

import java.math.BigDecimal;

/**
 * One agency type's side of the pairs in a period: hours its facilitators are needed for, hours its trained
 * facilitators have, the gap, and how many more would need training to close it.
 */
public record AgencyCapacity(String agencyType, BigDecimal neededHours, BigDecimal availableHours,
                             BigDecimal shortfallHours, int trainedFacilitators, int trainMore) {

    public boolean shortfall() {
        return shortfallHours.signum() > 0;
    }

    /** Lower case for a sentence: "health", "children's services". */
    public String label() {
        return "CHILDRENS_SERVICES".equals(agencyType) ? "children's services" : agencyType.toLowerCase();
    }
}
