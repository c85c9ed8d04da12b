package org.babysteps.workforce;

import java.time.LocalDate;

/** A practitioner's training in a programme on a day: when they completed it and until when it counts. */
public record TrainingStatus(TrainingState state, LocalDate trainedOn, LocalDate validUntil) {

    public static TrainingStatus notTrained() {
        return new TrainingStatus(TrainingState.NOT_TRAINED, null, null);
    }
}
