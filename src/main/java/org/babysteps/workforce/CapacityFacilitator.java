package org.babysteps.workforce;

import java.math.BigDecimal;

/**
 * A facilitator as the capacity check counts them in a period.
 *
 * @param agencyType  "HEALTH", "CHILDRENS_SERVICES" or "VOLUNTARY"
 * @param workingDays weekdays in the period they are in post and not on leave
 * @param trained     trained (and not expired) at the start of the period
 */
public record CapacityFacilitator(PractitionerId id, String name, String agencyType, BigDecimal protectedHoursPerWeek,
                                  int workingDays, boolean trained) {
}
