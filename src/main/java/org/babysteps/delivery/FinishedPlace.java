package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.Set;
import org.babysteps.programme.ProgrammeId;

/**
 * A family's place in a group that finished (its last session fell) in a reporting period, without naming the
 * family: what fidelity and completion figures are computed from.
 *
 * @param sessionsAttended group sessions delivered at which anyone from the family was present
 * @param visitsDone       codes of the family's home visits that took place
 */
public record FinishedPlace(GroupId groupId, String groupName, ProgrammeId programmeId, int programmeVersion,
                           LocalDate groupEnded, EnrolmentStatus status, int sessionsAttended, Set<String> visitsDone) {

    public FinishedPlace {
        visitsDone = Set.copyOf(visitsDone);
    }
}
