package org.babysteps.reporting.internal;

import org.babysteps.reporting.CapacityAssessment;
import org.babysteps.reporting.Quarter;

/** Capacity in a quarter ahead; the current quarter counts from today. */
public record QuarterCapacity(Quarter quarter, CapacityAssessment assessment) {
}
