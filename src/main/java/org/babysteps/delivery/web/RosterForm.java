package org.babysteps.delivery.web;

import java.util.UUID;

/** Adding someone to a site's roster, or changing their training and leaving dates, in page order. */
public class RosterForm {

    private UUID userId;
    private String agencyType;
    private String trainedOn;
    private String leftOn;

    public UUID getUserId() {
        return userId;
    }

    public void setUserId(UUID userId) {
        this.userId = userId;
    }

    public String getAgencyType() {
        return agencyType;
    }

    public void setAgencyType(String agencyType) {
        this.agencyType = agencyType;
    }

    public String getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(String trainedOn) {
        this.trainedOn = trainedOn;
    }

    public String getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(String leftOn) {
        this.leftOn = leftOn;
    }
}
