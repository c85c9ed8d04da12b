package org.babysteps.delivery;

import org.babysteps.family.FamilyId;

/**
 * How much of the group programme a family had, for an evaluator's data set: no names, no dates.
 *
 * @param group            the group of the family's latest place that was taken up (enrolled, completed or
 *                         withdrawn; a waiting-list place is not one); null if it never had one
 * @param sessionsAttended delivered group sessions at which anyone from the family was present, in any group
 */
public record FamilyAttendance(FamilyId family, GroupId group, int sessionsAttended) {
}
