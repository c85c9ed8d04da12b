package org.babysteps.family.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.JourneyStep;

/** "Record a step" on the family page: which step, when, and why (needed to close or reopen). */
public class JourneyStepForm {

    @NotNull(message = "Select the step to record")
    private JourneyStage stage;

    @RealDate(label = "Date of the step")
    private DateInput on = new DateInput();

    @Size(max = 500, message = "Reason must be 500 characters or fewer")
    private String reason;

    JourneyStep toStep() {
        return new JourneyStep(stage, on.orNull(), reason);
    }

    public JourneyStage getStage() {
        return stage;
    }

    public void setStage(JourneyStage stage) {
        this.stage = stage;
    }

    public DateInput getOn() {
        return on;
    }

    public void setOn(DateInput on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
