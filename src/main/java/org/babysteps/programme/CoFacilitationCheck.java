package org.babysteps.programme;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of checking a session's facilitators against the co-facilitation rule.
 *
 * @param met                whether the rule is met
 * @param missingAgencyTypes the required agency types with no facilitator who counts, health first
 * @param problems           one plain-English sentence per missing type, e.g. "No trained health facilitator"
 */
public record CoFacilitationCheck(boolean met, Set<String> missingAgencyTypes, List<String> problems) {

    public CoFacilitationCheck {
        missingAgencyTypes = Collections.unmodifiableSet(new LinkedHashSet<>(missingAgencyTypes));
        problems = List.copyOf(problems);
    }
}
