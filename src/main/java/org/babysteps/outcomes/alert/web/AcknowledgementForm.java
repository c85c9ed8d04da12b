package org.babysteps.outcomes.alert.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.babysteps.outcomes.Acknowledgement;
import org.babysteps.outcomes.Referral;

/** The acknowledge form: what was done, where the family was referred (if anywhere), and the version seen. */
public class AcknowledgementForm {

    @NotBlank(message = "Enter the action taken")
    @Size(max = 2000, message = "The action taken must be 2000 characters or fewer")
    private String actionTaken;

    private Referral referral;

    private int version;

    static AcknowledgementForm forVersion(int version) {
        AcknowledgementForm form = new AcknowledgementForm();
        form.version = version;
        return form;
    }

    Acknowledgement toAcknowledgement() {
        return new Acknowledgement(actionTaken, referral, version);
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public Referral getReferral() {
        return referral;
    }

    public void setReferral(Referral referral) {
        this.referral = referral;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
