package org.babysteps.identity;

/** What a person does in the programme; licensor roles see every site, the others only their own. */
public enum Role {
    LICENSOR_ADMIN("Licensor admin", true),
    PROGRAMME_MANAGER("Licensor programme manager", true),
    SITE_LEAD("Site lead", false),
    FACILITATOR("Facilitator", false),
    TRAINER("Trainer", false),
    COMMISSIONER("Commissioner", false),
    EVALUATOR("Evaluator", false);

    private final String label;
    private final boolean licensor;

    Role(String label, boolean licensor) {
        this.label = label;
        this.licensor = licensor;
    }

    public String label() {
        return label;
    }

    /** Licensor roles work across all sites. */
    public boolean licensor() {
        return licensor;
    }

    /** The authority name Spring Security checks, e.g. ROLE_SITE_LEAD. */
    public String authority() {
        return "ROLE_" + name();
    }
}
