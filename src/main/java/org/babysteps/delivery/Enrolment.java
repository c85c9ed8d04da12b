package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.family.FamilyId;

/** A family's place in a group. {@code fitNote} records why a family outside the EDD window was enrolled anyway. */
public record Enrolment(UUID id, GroupId groupId, FamilyId familyId, EnrolmentStatus status, LocalDate enrolledOn,
                        String fitNote) {
}
