package org.babysteps.site;

/** What kind of organisation an agency is; co-facilitation pairs a health with a children's services one. */
public enum AgencyType {
    HEALTH("Health", "For example an NHS trust"),
    CHILDRENS_SERVICES("Children's services", "For example a local authority"),
    VOLUNTARY("Voluntary organisation", "For example a charity"),
    LICENSOR("Licensor", "The organisation that licenses the programme"),
    COMMISSIONER("Commissioner", "A body that funds delivery");

    private final String label;
    private final String hint;

    AgencyType(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The types a site's partnership is made of. */
    public boolean partner() {
        return this == HEALTH || this == CHILDRENS_SERVICES || this == VOLUNTARY;
    }
}
