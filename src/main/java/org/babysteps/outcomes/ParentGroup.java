package org.babysteps.outcomes;

import org.babysteps.programme.RespondentRole;

/** The parents an outcome figure is about: birth parents, partners, or both together. */
public enum ParentGroup {
    BIRTH_PARENTS("Birth parents", "birth parents"),
    PARTNERS("Partners", "partners"),
    ALL_PARENTS("All parents", "parents");

    private final String label;
    private final String plural;

    ParentGroup(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public boolean includes(RespondentRole role) {
        return switch (this) {
            case BIRTH_PARENTS -> role == RespondentRole.BIRTH_PARENT;
            case PARTNERS -> role == RespondentRole.PARTNER;
            case ALL_PARENTS -> true;
        };
    }

    /** For a heading or table row, e.g. "Birth parents". */
    public String label() {
        return label;
    }

    /** For a sentence, e.g. "birth parents". */
    public String plural() {
        return plural;
    }
}
