package org.babysteps.site;

/** Where a site is on its way from first interest to delivering the programme for good. */
public enum ImplementationStage {
    EXPLORING("Exploring"),
    PREPARING("Preparing (readiness)"),
    LICENSED_INSTALLING("Licensed and installing"),
    FIRST_GROUPS("First groups running"),
    FULL_DELIVERY("Full delivery"),
    SUSTAINING("Sustaining"),
    PAUSED("Paused"),
    ENDED("Ended");

    private final String label;

    ImplementationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
