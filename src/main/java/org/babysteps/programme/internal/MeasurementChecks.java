package org.babysteps.programme.internal;

import static org.babysteps.programme.internal.ProgrammeFileValidator.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.babysteps.programme.internal.ProgrammeFile.AskedEntry;
import org.babysteps.programme.internal.ProgrammeFile.ContactEntry;
import org.babysteps.programme.internal.ProgrammeFile.TimePointEntry;

/**
 * The measurement section's checks: time points with unique codes, each at a contact the programme has, each
 * asking someone something. Whether the instruments exist is the outcomes module's check, which owns them.
 */
final class MeasurementChecks {

    private MeasurementChecks() {
    }

    static void check(ProgrammeFile file, List<String> problems) {
        if (file.measurement() != null && file.timePointList().isEmpty()) {
            problems.add("measurement.timePoints is empty: list at least one time point or leave out measurement");
        }
        Set<String> contacts = file.contactList().stream().filter(Objects::nonNull).map(ContactEntry::code)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> codes = new HashSet<>();
        List<TimePointEntry> timePoints = file.timePointList();
        for (int i = 0; i < timePoints.size(); i++) {
            TimePointEntry timePoint = timePoints.get(i);
            if (timePoint == null || blank(timePoint.code())) {
                problems.add("time point " + (i + 1) + " has no code");
                continue;
            }
            String name = "time point '" + timePoint.code() + "'";
            if (!codes.add(timePoint.code())) {
                problems.add("time point code '" + timePoint.code() + "' is used more than once");
            }
            if (blank(timePoint.title())) {
                problems.add(name + " has no title");
            }
            if (blank(timePoint.contact())) {
                problems.add(name + " does not say which contact it is asked at");
            } else if (!contacts.contains(timePoint.contact())) {
                problems.add(name + " is asked at contact '" + timePoint.contact()
                        + "', which is not a contact of the programme");
            }
            if (timePoint.weeksAfterContact() != null && timePoint.weeksAfterContact() < 0) {
                problems.add(name + " has weeksAfterContact " + timePoint.weeksAfterContact() + ": it cannot be negative");
            }
            checkInstruments(name, ProgrammeFile.orEmpty(timePoint.instruments()), problems);
        }
    }

    private static void checkInstruments(String timePoint, List<AskedEntry> instruments, List<String> problems) {
        if (instruments.isEmpty()) {
            problems.add(timePoint + " asks no instruments");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < instruments.size(); i++) {
            AskedEntry asked = instruments.get(i);
            if (asked == null || blank(asked.instrument())) {
                problems.add(timePoint + " instrument " + (i + 1) + " has no instrument code");
                continue;
            }
            String name = timePoint + " instrument '" + asked.instrument() + "'";
            if (!seen.add(asked.instrument().trim())) {
                problems.add(name + " is listed more than once");
            }
            if (ProgrammeFile.orEmpty(asked.respondents()).isEmpty()) {
                problems.add(name + " names no respondents (BIRTH_PARENT, PARTNER)");
            } else if (asked.respondents().contains(null)) {
                problems.add(name + " has an empty respondent");
            }
        }
    }
}
