package org.babysteps.delivery;

import org.babysteps.family.FamilySummary;

/** A family's place in a group with how many delivered sessions it attended. */
public record GroupPlace(Enrolment enrolment, FamilySummary family, int sessionsAttended) {
}
