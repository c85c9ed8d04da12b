package org.babysteps.site;

/** Where a site's request to adapt a programme component stands. */
public enum AdaptationStatus {
    REQUESTED("Awaiting decision"),
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    DECLINED("Declined"),
    /** The site took the request back before the licensor decided. */
    WITHDRAWN("Withdrawn");

    private final String label;

    AdaptationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
