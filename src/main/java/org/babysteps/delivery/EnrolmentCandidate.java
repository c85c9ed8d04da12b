package org.babysteps.delivery;

import org.babysteps.family.FamilySummary;

/** A family that could join a group, with how well its due date fits the group's timing. */
public record EnrolmentCandidate(FamilySummary family, boolean fits, String fitExplanation) {
}
