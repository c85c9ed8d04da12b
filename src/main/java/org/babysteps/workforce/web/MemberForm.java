package org.babysteps.workforce.web;

import java.util.UUID;

/** Adding a trainee or a trainer to a run: one select each, in page order. */
public class MemberForm {

    private UUID traineeId;

    private UUID trainerId;

    public UUID getTraineeId() {
        return traineeId;
    }

    public void setTraineeId(UUID traineeId) {
        this.traineeId = traineeId;
    }

    public UUID getTrainerId() {
        return trainerId;
    }

    public void setTrainerId(UUID trainerId) {
        this.trainerId = trainerId;
    }
}
