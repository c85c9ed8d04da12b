package org.babysteps.reporting.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.babysteps.delivery.CheckedSession;
import org.babysteps.delivery.HomeVisit;
import org.babysteps.delivery.SessionStatus;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.ProgrammeDefinition;

/** Turns a period's sessions and planned home visits into the returns that were due before today. */
final class DueReturns {

    private DueReturns() {
    }

    static List<DueReturn> of(List<CheckedSession> sessions, List<HomeVisit> visits, LocalDate today,
                              ProgrammeDefinition programme) {
        List<DueReturn> due = new ArrayList<>();
        sessions.stream().map(CheckedSession::session)
                .filter(s -> s.status() != SessionStatus.CANCELLED && s.plannedDate().isBefore(today))
                .forEach(s -> due.add(new DueReturn(s.plannedDate(), "register of " + s.groupName() + ", session "
                        + s.number(), s.status() == SessionStatus.DELIVERED)));
        visits.stream().filter(v -> v.plannedDate().isBefore(today))
                .forEach(v -> due.add(new DueReturn(v.plannedDate(), programme.contact(v.contactCode())
                        .map(ContactDefinition::title).orElse(v.contactCode()).toLowerCase(java.util.Locale.UK)
                        + " planned for this day", v.done())));
        due.sort(Comparator.comparing(DueReturn::due));
        return due;
    }
}
