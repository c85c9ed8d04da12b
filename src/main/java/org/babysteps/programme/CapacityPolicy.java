package org.babysteps.programme;

import java.util.Objects;

/** How many families a group takes: up to the programme's maximum, then a waiting list. */
public final class CapacityPolicy {

    private final GroupRules rules;

    public CapacityPolicy(GroupRules rules) {
        this.rules = Objects.requireNonNull(rules, "group rules");
    }

    /** Where the next family goes, given how many families the group already has. */
    public Placement place(int familiesAlreadyEnrolled) {
        return placesLeft(familiesAlreadyEnrolled) > 0 ? Placement.ENROLLED : Placement.WAITING_LIST;
    }

    /** Places still free, never below zero (a group filled under an earlier, larger limit stays as it is). */
    public int placesLeft(int familiesAlreadyEnrolled) {
        if (familiesAlreadyEnrolled < 0) {
            throw new IllegalArgumentException("Families enrolled cannot be negative: " + familiesAlreadyEnrolled);
        }
        return Math.max(0, rules.maxFamilies() - familiesAlreadyEnrolled);
    }
}
