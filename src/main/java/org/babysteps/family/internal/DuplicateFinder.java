package org.babysteps.family.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.babysteps.family.DuplicateReason;
import org.babysteps.family.FamilyId;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.PossibleDuplicate;
import org.babysteps.identity.SiteScope;
import org.springframework.stereotype.Component;

/**
 * Families of the caller's sites that a referral's parents look like. The database narrows the candidates by
 * indexed columns; {@link DuplicateMatchPolicy} decides and says why.
 */
@Component
public class DuplicateFinder {

    private final MemberStore members;
    private final FamilyStore families;
    private final DuplicateMatchPolicy policy = new DuplicateMatchPolicy();

    DuplicateFinder(MemberStore members, FamilyStore families) {
        this.members = members;
        this.families = families;
    }

    public List<PossibleDuplicate> find(List<ParentDetails> parents, SiteScope scope) {
        Map<FamilyId, Set<DuplicateReason>> reasons = new LinkedHashMap<>();
        for (MemberRecord candidate : members.possibleMatches(parents, scope)) {
            for (ParentDetails parent : parents) {
                Set<DuplicateReason> matched = policy.reasons(parent, candidate.parentDetails());
                if (!matched.isEmpty()) {
                    reasons.computeIfAbsent(candidate.familyId(), id -> EnumSet.noneOf(DuplicateReason.class)).addAll(matched);
                }
            }
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        Map<FamilyId, FamilyRow> rows = families.findAll(reasons.keySet(), scope).stream()
                .collect(Collectors.toMap(FamilyRow::id, Function.identity()));
        return reasons.entrySet().stream().filter(entry -> rows.containsKey(entry.getKey()))
                .map(entry -> {
                    FamilyRow row = rows.get(entry.getKey());
                    return new PossibleDuplicate(row.id(), row.displayName(), row.expectedDeliveryDate(), row.stage(),
                            entry.getValue());
                })
                .toList();
    }
}
