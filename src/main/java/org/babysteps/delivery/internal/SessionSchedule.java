package org.babysteps.delivery.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.ProgrammeDefinition;

/**
 * Plans a group's sessions from the programme's curriculum: each group session falls the given number of weeks
 * after the first, on the same weekday and time. Pure, so it is tested without a database.
 */
public final class SessionSchedule {

    private SessionSchedule() {
    }

    public record PlannedSession(String contactCode, int number, String title, LocalDate date, LocalTime time) {
    }

    public static List<PlannedSession> plan(ProgrammeDefinition programme, LocalDate firstSession, LocalTime time) {
        return programme.groupSessions().stream().map(session -> planned(session, firstSession, time)).toList();
    }

    private static PlannedSession planned(ContactDefinition session, LocalDate firstSession, LocalTime time) {
        int weeks = session.weeksAfterStart() == null ? 0 : session.weeksAfterStart();
        return new PlannedSession(session.code(), session.sessionNumber(), session.title(),
                firstSession.plusWeeks(weeks), time);
    }
}
