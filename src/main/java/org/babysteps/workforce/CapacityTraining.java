package org.babysteps.workforce;

import java.time.LocalDate;

/**
 * Whether a practitioner counts as a trained facilitator of the default programme on a day. The capacity check
 * asks only this, so it stays independent of how training is recorded.
 */
public interface CapacityTraining {

    boolean trainedOn(PractitionerId practitioner, LocalDate day);
}
