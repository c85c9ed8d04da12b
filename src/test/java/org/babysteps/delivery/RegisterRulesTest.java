package org.babysteps.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registers, co-facilitation, home visits and completion on the real database. */
@PlatformTest
class RegisterRulesTest {

    private static final String LEAD = "lead@north.demo";

    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GroupPlanning planning;
    @Autowired
    GroupQueries queries;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Registers registers;
    @Autowired
    HomeVisits homeVisits;
    @Autowired
    Families families;

    @Autowired
    DeliveryFixture fixture;

    private SignedIn signedIn;
    private final LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
    }

    @Test
    void twoTabletsSavingTheSameRegisterDoNotOverwriteEachOther() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday.minusWeeks(1), fixture.pair(true));
            FamilyId family = fixture.family(monday.minusWeeks(1), 12, true);
            enrolments.enrol(group, family, false);
            SessionView first = queries.sessions(group).get(0);
            RegisterSheet sheet = registers.sheet(first.id());
            registers.save(first.id(), sheet.session().registerVersion(), marks(sheet, AttendanceStatus.PRESENT));
            RegisterConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(RegisterConflictException.class,
                    () -> registers.save(first.id(), sheet.session().registerVersion(), marks(sheet, AttendanceStatus.ABSENT)));
            assertThat(conflict.saved()).containsValue(AttendanceStatus.PRESENT);
            assertThat(registers.sheet(first.id()).lines()).allSatisfy(l -> assertThat(l.status()).isEqualTo(AttendanceStatus.PRESENT));
            assertThat(queries.session(first.id()).status()).isEqualTo(SessionStatus.DELIVERED);
        });
    }

    @Test
    void aRegisterWithoutCoFacilitationNeedsASiteLeadsException() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday.minusWeeks(1), fixture.pair(false));
            FamilyId family = fixture.family(monday.minusWeeks(1), 12, true);
            enrolments.enrol(group, family, false);
            SessionView first = queries.sessions(group).get(0);
            RegisterSheet sheet = registers.sheet(first.id());
            assertThat(sheet.coFacilitation().met()).isFalse();
            assertThatThrownBy(() -> registers.save(first.id(), 0, marks(sheet, AttendanceStatus.PRESENT)))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("co-facilitation");
            assertThat(queries.session(first.id()).status()).isEqualTo(SessionStatus.PLANNED);
            planning.recordException(first.id(), "Trained family worker off sick");
            registers.save(first.id(), 0, marks(sheet, AttendanceStatus.PRESENT));
            assertThat(queries.session(first.id()).status()).isEqualTo(SessionStatus.DELIVERED);
        });
    }

    @Test
    void aRegisterForAFutureSessionOrMissingSomeoneIsRefused() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday.minusWeeks(1), fixture.pair(true));
            FamilyId family = fixture.family(monday.minusWeeks(1), 12, true);
            enrolments.enrol(group, family, false);
            List<SessionView> sessions = queries.sessions(group);
            assertThatThrownBy(() -> registers.save(sessions.get(5).id(), 0, Map.of()))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("on or after the day");
            assertThatThrownBy(() -> registers.save(sessions.get(0).id(), 0, Map.of()))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("Select whether");
        });
    }

    @Test
    void bothVisitsAndSixSessionsCompleteAFamily() {
        signedIn.run(LEAD, () -> {
            LocalDate start = LocalDate.now().minusWeeks(18);
            List<FacilitatorId> pair = fixture.pair(true);
            GroupId group = fixture.group(start, pair);
            FamilyId family = fixture.family(start, 12, true);
            homeVisits.save(family, "antenatal-visit", new HomeVisitRecord(start.minusWeeks(2), start.minusWeeks(2), 60,
                    null, null, pair, 0));
            assertThat(families.find(family).orElseThrow().stage()).isEqualTo(JourneyStage.FIRST_VISIT_DONE);
            enrolments.enrol(group, family, false);
            List<SessionView> sessions = queries.sessions(group);
            for (SessionView session : sessions.subList(0, 6)) {
                RegisterSheet sheet = registers.sheet(session.id());
                registers.save(session.id(), 0, marks(sheet, AttendanceStatus.PRESENT));
            }
            assertThat(families.find(family).orElseThrow().stage()).isEqualTo(JourneyStage.ENROLLED);
            homeVisits.save(family, "postnatal-visit", new HomeVisitRecord(null, start.plusWeeks(14), 60, null, true, pair, 0));
            assertThat(families.find(family).orElseThrow().stage()).isEqualTo(JourneyStage.COMPLETED);
            assertThat(enrolments.ofGroup(group).get(0).status()).isEqualTo(EnrolmentStatus.COMPLETED);
        });
    }

    @Test
    void homeVisitDatesMustBeRealisticAndVisitorsNamed() {
        signedIn.run(LEAD, () -> {
            FamilyId family = fixture.family(monday, 12, true);
            List<FacilitatorId> pair = fixture.pair(true);
            assertThatThrownBy(() -> homeVisits.save(family, "antenatal-visit",
                    new HomeVisitRecord(null, LocalDate.now().plusDays(1), 60, null, null, pair, 0)))
                    .hasMessageContaining("today or in the past");
            assertThatThrownBy(() -> homeVisits.save(family, "antenatal-visit",
                    new HomeVisitRecord(null, monday.minusWeeks(10), 60, null, null, pair, 0)))
                    .hasMessageContaining("on or after the referral date");
            assertThatThrownBy(() -> homeVisits.save(family, "antenatal-visit",
                    new HomeVisitRecord(null, LocalDate.now(), 60, null, null, List.of(), 0)))
                    .hasMessageContaining("Select who visited");
        });
    }

    @Test
    void correctingARegisterKeepsTheAttendanceOfFamiliesNoLongerInTheGroup() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday.minusWeeks(1), fixture.pair(true));
            FamilyId stays = fixture.family(monday.minusWeeks(1), 12, true);
            FamilyId leaves = fixture.family(monday.minusWeeks(1), 12, true);
            enrolments.enrol(group, stays, false);
            enrolments.enrol(group, leaves, false);
            SessionView first = queries.sessions(group).get(0);
            registers.save(first.id(), 0, marks(registers.sheet(first.id()), AttendanceStatus.PRESENT));
            enrolments.withdraw(group, leaves);
            RegisterSheet corrected = registers.sheet(first.id());
            assertThat(corrected.lines()).extracting(RegisterLine::familyId).containsOnly(stays);
            registers.save(first.id(), 1, marks(corrected, AttendanceStatus.ABSENT));
            long kept = jdbc.sql("select count(*) from attendance where session_id = ? and family_id = ? and status = 'PRESENT'")
                    .params(first.id().value(), leaves.value()).query(Long.class).single();
            assertThat(kept).isEqualTo(1);
        });
    }

    @Test
    void anExceptionOnceRecordedIsNotRewritten() {
        signedIn.run(LEAD, () -> {
            SessionView first = queries.sessions(fixture.group(monday, fixture.pair(false))).get(0);
            planning.recordException(first.id(), "First reason");
            assertThatThrownBy(() -> planning.recordException(first.id(), "Rewritten"))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("already recorded");
            assertThat(queries.session(first.id()).exceptionReason()).isEqualTo("First reason");
        });
    }

    @Test
    void aRegisterMissingSeveralPeopleNamesEveryOne() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday.minusWeeks(1), fixture.pair(true));
            enrolments.enrol(group, fixture.family(monday.minusWeeks(1), 12, true), false);
            enrolments.enrol(group, fixture.family(monday.minusWeeks(1), 12, true), false);
            SessionView first = queries.sessions(group).get(0);
            RegisterIncompleteException incomplete = org.junit.jupiter.api.Assertions.assertThrows(
                    RegisterIncompleteException.class, () -> registers.save(first.id(), 0, Map.of()));
            assertThat(incomplete.unmarked()).hasSize(2);
            assertThat(queries.session(first.id()).status()).isEqualTo(SessionStatus.PLANNED);
        });
    }

    private static Map<UUID, AttendanceStatus> marks(RegisterSheet sheet, AttendanceStatus status) {
        Map<UUID, AttendanceStatus> marks = new HashMap<>();
        sheet.lines().forEach(line -> marks.put(line.participantId(), status));
        return marks;
    }
}
