package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.family.SupporterDetails;

/**
 * A parent (position 1 or 2) or the supporter (position 3) of a family. Parents have names, a date of birth and
 * optional contact details and NHS number; the supporter a name and their relationship.
 */
public record MemberRecord(UUID id, FamilyId familyId, ParticipantRole role, int position, String name,
                           String firstName, String lastName, LocalDate dateOfBirth, String phone, String email,
                           String nhsNumber, String relationship) {

    public static final int SUPPORTER_POSITION = 3;

    public boolean parent() {
        return role == ParticipantRole.PARENT;
    }

    public ParentDetails parentDetails() {
        return new ParentDetails(firstName, lastName, dateOfBirth, phone, email, nhsNumber);
    }

    public SupporterDetails supporterDetails() {
        return new SupporterDetails(name, relationship);
    }

    public Participant participant() {
        return new Participant(id, familyId, name, role);
    }

    /** The NHS number in the groups people read it in, or null. */
    public String formattedNhsNumber() {
        return nhsNumber == null ? null : new NhsNumber(nhsNumber).formatted();
    }
}
