package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.babysteps.family.FamilyId;

/**
 * A family placed in a group, with the date of each of its programme contacts that has one: a home visit's date done
 * (or planned, while it has not happened) and each group session's date.
 *
 * @param contactDates contact code (e.g. "antenatal-visit", "session-6") to its date
 */
public record FamilyContacts(FamilyId familyId, GroupId groupId, String groupName, Map<String, LocalDate> contactDates) {

    public FamilyContacts {
        contactDates = Map.copyOf(contactDates);
    }

    public Optional<LocalDate> dateOf(String contactCode) {
        return Optional.ofNullable(contactDates.get(contactCode));
    }
}
