package org.babysteps.workforce.internal;

import java.time.LocalDate;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.CapacityTraining;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.TrainingRecords;
import org.springframework.stereotype.Component;

/** Trained for capacity means valid facilitator training (a refresher coming up still counts) on the day. */
@Component
class CapacityTrainingRecords implements CapacityTraining {

    private final TrainingRecords training;
    private final Programmes programmes;

    CapacityTrainingRecords(TrainingRecords training, Programmes programmes) {
        this.training = training;
        this.programmes = programmes;
    }

    @Override
    public boolean trainedOn(PractitionerId practitioner, LocalDate day) {
        return training.status(practitioner, programmes.defaultProgramme().id(), day).state().valid();
    }
}
