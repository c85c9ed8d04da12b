package org.babysteps.family;

/** Why a referral looks like a family the site already has. */
public enum DuplicateReason {
    NHS_NUMBER("Same NHS number"),
    NAME_AND_DATE_OF_BIRTH("Same name and date of birth"),
    PHONE("Same phone number"),
    EMAIL("Same email address");

    private final String label;

    DuplicateReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
