package org.babysteps.workforce;

/** A practitioner's profession, and the agency type the co-facilitation rule counts it as. */
public enum Profession {
    MIDWIFE("Midwife", "HEALTH"),
    HEALTH_VISITOR("Health visitor", "HEALTH"),
    NURSERY_NURSE("Nursery nurse", "HEALTH"),
    OTHER_HEALTH("Other health practitioner", "HEALTH"),
    FAMILY_SUPPORT_WORKER("Family support worker", "CHILDRENS_SERVICES"),
    EARLY_YEARS_PRACTITIONER("Early years practitioner", "CHILDRENS_SERVICES"),
    SOCIAL_WORKER("Social worker", "CHILDRENS_SERVICES"),
    OTHER_CHILDRENS_SERVICES("Other children's services practitioner", "CHILDRENS_SERVICES"),
    VOLUNTARY_SECTOR("Voluntary sector worker", "VOLUNTARY");

    private final String label;
    private final String agencyType;

    Profession(String label, String agencyType) {
        this.label = label;
        this.agencyType = agencyType;
    }

    public String label() {
        return label;
    }

    /** "HEALTH", "CHILDRENS_SERVICES" or "VOLUNTARY". */
    public String agencyType() {
        return agencyType;
    }
}
