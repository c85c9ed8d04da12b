package org.babysteps.outcomes.response;

import java.util.Comparator;
import java.util.List;
import org.babysteps.programme.RespondentRole;

/**
 * Which role a parent answers in. The family record does not say who gives birth, so the role is chosen when a
 * response is started: the first parent is taken to be the birth parent and the second the partner, unless staff
 * chose otherwise on an earlier response of that parent, whose choice then stands.
 */
public final class RespondentRolePolicy {

    private RespondentRolePolicy() {
    }

    /**
     * @param parentIndex       0 for the family's first parent, 1 for the second
     * @param earlierResponses  this parent's responses so far
     */
    public static RespondentRole roleOf(int parentIndex, List<ResponseRecord> earlierResponses) {
        return earlierResponses.stream().max(Comparator.comparing(ResponseRecord::startedAt))
                .map(ResponseRecord::role)
                .orElse(parentIndex == 0 ? RespondentRole.BIRTH_PARENT : RespondentRole.PARTNER);
    }
}
