package org.babysteps.workforce;

import java.math.BigDecimal;

/**
 * The capacity check's allowances, read with the supervision rules from {@code src/main/resources/supervision/}.
 *
 * @param prepMinutesPerSession      preparation and debrief each facilitator needs per group session
 * @param newFacilitatorHoursPerWeek protected hours a newly trained facilitator is assumed to bring
 */
public record CapacityAllowances(int prepMinutesPerSession, BigDecimal newFacilitatorHoursPerWeek) {
}
