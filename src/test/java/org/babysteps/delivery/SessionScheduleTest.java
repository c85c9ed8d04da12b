package org.babysteps.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.babysteps.delivery.internal.SessionSchedule;
import org.babysteps.delivery.internal.SessionSchedule.PlannedSession;
import org.babysteps.programme.CoFacilitationRule;
import org.babysteps.programme.CompletionRule;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.ContactKind;
import org.babysteps.programme.GroupRules;
import org.babysteps.programme.Phase;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Theme;
import org.junit.jupiter.api.Test;

class SessionScheduleTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 1, 8);

    @Test
    void sessionsFallOnTheSameWeekdayAndTimeAtTheProgrammesWeeks() {
        List<PlannedSession> plan = SessionSchedule.plan(programme(List.of(0, 1, 2, 15)), THURSDAY, LocalTime.of(10, 0));
        assertThat(plan).extracting(PlannedSession::date).containsExactly(THURSDAY, THURSDAY.plusWeeks(1),
                THURSDAY.plusWeeks(2), THURSDAY.plusWeeks(15));
        assertThat(plan).allSatisfy(session -> {
            assertThat(session.date().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(session.time()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(plan).extracting(PlannedSession::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void homeVisitsAreNotPlannedAsGroupSessions() {
        assertThat(SessionSchedule.plan(programme(List.of(0)), THURSDAY, LocalTime.NOON))
                .extracting(PlannedSession::contactCode).containsExactly("session-1");
    }

    private static ProgrammeDefinition programme(List<Integer> weeks) {
        List<ContactDefinition> contacts = new java.util.ArrayList<>();
        contacts.add(new ContactDefinition("visit", ContactKind.HOME_VISIT, Phase.ANTENATAL, "Visit", null, null,
                List.of("t"), false));
        for (int i = 0; i < weeks.size(); i++) {
            contacts.add(new ContactDefinition("session-" + (i + 1), ContactKind.GROUP_SESSION, Phase.ANTENATAL,
                    "Session " + (i + 1), i + 1, weeks.get(i), List.of("t"), false));
        }
        return new ProgrammeDefinition(new ProgrammeId("test"), 1, "Test", "A test programme",
                List.of(new Theme("t", "Theme")), contacts, new GroupRules(8, 24, 32),
                new CompletionRule(Set.of("visit"), 1), new CoFacilitationRule(Set.of("HEALTH"), true),
                List.of("Self"), List.of("Other"), List.of(), List.of());
    }
}
