package org.babysteps.delivery;

import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.family.ParticipantRole;

/** One person on a session's register, with the attendance saved so far (null before the first save). */
public record RegisterLine(UUID participantId, FamilyId familyId, String familyName, String name, ParticipantRole role,
                           AttendanceStatus status) {
}
