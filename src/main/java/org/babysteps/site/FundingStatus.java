package org.babysteps.site;

/** How sure a funding stream is. Only {@code SECURED} money counts towards how long delivery is funded. */
public enum FundingStatus {
    SECURED("Secured"),
    VERBAL("Verbal agreement"),
    BID_SUBMITTED("Bid submitted"),
    ENDED("Ended");

    private final String label;

    FundingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
