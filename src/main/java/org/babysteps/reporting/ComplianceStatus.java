package org.babysteps.reporting;

import java.util.Collection;

/** How a licence condition stands over a period; declared from the worst to the best. */
public enum ComplianceStatus {
    NOT_MET("Not met", "govuk-tag--red"),
    AT_RISK("At risk", "govuk-tag--yellow"),
    /** Nothing happened in the period that the condition could be judged on: the licensor cannot confirm it. */
    NO_DATA("No data", "govuk-tag--grey"),
    MET("Met", "govuk-tag--green");

    private final String label;
    private final String tagClass;

    ComplianceStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    /** The GOV.UK tag colour pages show it in. */
    public String tagClass() {
        return tagClass;
    }

    /** The worst of several statuses; no data when there are none. */
    public static ComplianceStatus worst(Collection<ComplianceStatus> statuses) {
        return statuses.stream().min(Enum::compareTo).orElse(NO_DATA);
    }
}
