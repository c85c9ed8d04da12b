package org.babysteps.outcomes.response;

import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.Participant;
import org.babysteps.platform.RuleViolationException;

/** A family as questionnaires need it: its site and its parents, first parent first. */
record FamilyContext(FamilySummary family, List<Participant> parents) {

    boolean couple() {
        return parents.size() > 1;
    }

    Participant parent(UUID participantId) {
        return parents.stream().filter(parent -> parent.id().equals(participantId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("participant", "Select a parent of this family"));
    }

    int indexOf(UUID participantId) {
        return parents.indexOf(parent(participantId));
    }
}
