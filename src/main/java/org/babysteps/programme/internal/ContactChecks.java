package org.babysteps.programme.internal;

import static org.babysteps.programme.internal.ProgrammeFileValidator.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.babysteps.programme.Phase;
import org.babysteps.programme.internal.ProgrammeFile.ContactEntry;
import org.babysteps.programme.internal.ProgrammeFile.ThemeEntry;

/** The curriculum's checks: each contact complete, codes unique, sessions numbered and planned in order. */
final class ContactChecks {

    private ContactChecks() {
    }

    static void check(ProgrammeFile file, List<String> problems) {
        List<ContactEntry> contacts = file.contactList();
        if (contacts.isEmpty()) {
            problems.add("contacts is empty: a programme needs at least one group session");
            return;
        }
        Set<String> themeCodes = file.themeList().stream().filter(Objects::nonNull).map(ThemeEntry::code)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> codes = new HashSet<>();
        Set<String> covered = new HashSet<>();
        boolean postnatalSeen = false;
        for (int i = 0; i < contacts.size(); i++) {
            ContactEntry contact = contacts.get(i);
            if (contact == null || blank(contact.code())) {
                problems.add("contact " + (i + 1) + " has no code");
                continue;
            }
            String name = "contact '" + contact.code() + "'";
            if (!codes.add(contact.code())) {
                problems.add("contact code '" + contact.code() + "' is used more than once");
            }
            checkFields(contact, name, problems);
            if (contact.phase() == Phase.ANTENATAL && postnatalSeen) {
                problems.add(name + " is antenatal but listed after a postnatal contact: list contacts in order");
            }
            postnatalSeen |= contact.phase() == Phase.POSTNATAL;
            for (String theme : contact.themeCodes()) {
                if (!themeCodes.contains(theme)) {
                    problems.add(name + " refers to theme '" + theme + "', which is not in the themes list");
                }
                covered.add(theme);
            }
        }
        themeCodes.stream().filter(theme -> !covered.contains(theme)).sorted()
                .forEach(theme -> problems.add("theme '" + theme + "' is not covered by any contact"));
        checkSessions(file.groupSessions(), problems);
    }

    private static void checkFields(ContactEntry contact, String name, List<String> problems) {
        if (contact.kind() == null) {
            problems.add(name + " has no kind (HOME_VISIT or GROUP_SESSION)");
        }
        if (contact.phase() == null) {
            problems.add(name + " has no phase (ANTENATAL or POSTNATAL)");
        }
        if (blank(contact.title())) {
            problems.add(name + " has no title");
        }
        if (contact.kind() != null && !contact.isGroupSession()) {
            if (contact.sessionNumber() != null) {
                problems.add(name + " is a home visit but has a sessionNumber: only group sessions are numbered");
            }
            if (contact.weeksAfterStart() != null) {
                problems.add(name + " is a home visit but has weeksAfterStart: only group sessions are planned in weeks");
            }
        }
    }

    private static void checkSessions(List<ContactEntry> sessions, List<String> problems) {
        if (sessions.isEmpty()) {
            problems.add("there are no group sessions: a programme needs at least one");
            return;
        }
        List<Integer> numbers = sessions.stream().map(ContactEntry::sessionNumber).toList();
        List<Integer> expected = IntStream.rangeClosed(1, sessions.size()).boxed().toList();
        if (!numbers.equals(expected)) {
            problems.add("group sessions must be numbered 1 to " + sessions.size() + " in the order listed, but their"
                    + " sessionNumbers are " + numbers.stream().map(n -> n == null ? "missing" : n.toString())
                    .collect(Collectors.joining(", ")));
        }
        Integer previous = null;
        for (ContactEntry session : sessions) {
            Integer weeks = session.weeksAfterStart();
            String name = "group session '" + session.code() + "'";
            if (weeks == null) {
                problems.add(name + " has no weeksAfterStart");
                continue;
            }
            if (weeks < 0) {
                problems.add(name + " has weeksAfterStart " + weeks + ": it cannot be negative");
            }
            if (previous != null && weeks < previous) {
                problems.add(name + " is planned " + weeks + " weeks after the start, earlier than the session"
                        + " before it (" + previous + "): weeksAfterStart must not decrease");
            }
            previous = weeks;
        }
    }
}
