package org.babysteps.programme;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the facilitators of a group session meet the licence's co-facilitation rule: someone from every
 * required agency type, and, when the rule says so, only facilitators trained in the programme count.
 */
public final class CoFacilitationPolicy {

    private final CoFacilitationRule rule;

    public CoFacilitationPolicy(CoFacilitationRule rule) {
        this.rule = Objects.requireNonNull(rule, "co-facilitation rule");
    }

    public CoFacilitationCheck check(Collection<SessionFacilitator> facilitators) {
        Objects.requireNonNull(facilitators, "facilitators");
        Set<String> covered = facilitators.stream()
                .filter(facilitator -> facilitator.trained() || !rule.trainedOnly())
                .map(SessionFacilitator::agencyType)
                .collect(Collectors.toSet());
        List<String> missing = rule.requiredAgencyTypes().stream()
                .filter(type -> !covered.contains(type))
                .sorted(AgencyTypeNames.USUAL_ORDER)
                .toList();
        List<String> problems = missing.stream().map(type -> problem(type, facilitators)).toList();
        return new CoFacilitationCheck(missing.isEmpty(), new LinkedHashSet<>(missing), problems);
    }

    private String problem(String type, Collection<SessionFacilitator> facilitators) {
        String label = AgencyTypeNames.label(type);
        if (!rule.trainedOnly()) {
            return "No " + label + " facilitator";
        }
        boolean untrainedPresent = facilitators.stream().anyMatch(f -> f.agencyType().equals(type) && !f.trained());
        return "No trained " + label + " facilitator"
                + (untrainedPresent ? " (a facilitator not yet trained in the programme does not count)" : "");
    }
}
