package org.babysteps.family;

/** What a consent is for. Each is given, dated and withdrawn separately. */
public enum ConsentPurpose {
    TAKE_PART("Take part in the programme"),
    SHARE_WITH_PARTNERS("Share records with named partner agencies"),
    FILMING("Film talk and listen time"),
    EVALUATION_USE("Use anonymised data in evaluation"),
    CONTACT_BY_SMS_OR_EMAIL("Contact by SMS or email");

    private final String label;

    ConsentPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
