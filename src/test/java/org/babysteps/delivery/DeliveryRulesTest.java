package org.babysteps.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.ConsentRequiredException;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Planning, enrolment, capacity, leavers and the funnel on the real database. */
@PlatformTest
class DeliveryRulesTest {

    private static final String LEAD = "lead@north.demo";

    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Roster roster;
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
    DeliveryOverview overview;
    @Autowired
    Consents consents;
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
    void aNewGroupHasTheProgrammesNineSessionsOnItsWeekday() {
        List<SessionView> sessions = signedIn.as(LEAD, () -> queries.sessions(fixture.group(monday, fixture.pair(true))));
        assertThat(sessions).hasSize(9);
        assertThat(sessions).allSatisfy(s -> assertThat(s.plannedDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(sessions.get(5).plannedDate()).isEqualTo(monday.plusWeeks(5));
        assertThat(sessions.get(6).plannedDate()).isEqualTo(monday.plusWeeks(15));
        assertThat(sessions).allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.PLANNED));
    }

    @Test
    void aSessionCannotMoveBeforeTheGroupStarts() {
        signedIn.run(LEAD, () -> {
            SessionView third = queries.sessions(fixture.group(monday, fixture.pair(true))).get(2);
            assertThatThrownBy(() -> planning.move(third.id(), monday.minusDays(1), LocalTime.NOON, third.venueId()))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("on or after the group's first session");
        });
    }

    @Test
    void enrolmentNeedsConsentToTakePart() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday, fixture.pair(true));
            FamilyId family = fixture.family(monday, 12, false);
            assertThatThrownBy(() -> enrolments.enrol(group, family, false)).isInstanceOf(ConsentRequiredException.class);
            assertThat(enrolments.ofGroup(group)).isEmpty();
        });
    }

    @Test
    void aFamilyDueTooLateMustBeConfirmedAndTheReasonIsKept() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday, fixture.pair(true));
            FamilyId early = fixture.family(monday, 25, true);
            assertThatThrownBy(() -> enrolments.enrol(group, early, false))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("Confirm");
            assertThat(enrolments.enrol(group, early, true)).isEqualTo(EnrolmentStatus.ENROLLED);
            assertThat(enrolments.ofGroup(group).get(0).fitNote()).isNotBlank();
        });
    }

    @Test
    void aFamilyCannotHoldTwoPlaces() {
        signedIn.run(LEAD, () -> {
            List<FacilitatorId> pair = fixture.pair(true);
            GroupId first = fixture.group(monday, pair);
            GroupId second = fixture.group(monday, pair);
            FamilyId family = fixture.family(monday, 12, true);
            enrolments.enrol(first, family, false);
            assertThatThrownBy(() -> enrolments.enrol(second, family, false))
                    .isInstanceOf(DeliveryRuleException.class).hasMessageContaining("already has a place");
            assertThatThrownBy(() -> enrolments.enrol(first, family, false)).isInstanceOf(DeliveryRuleException.class);
        });
    }

    @Test
    void beyondCapacityFamiliesWaitAndMoveUpWhenAPlaceFrees() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday, fixture.pair(true));
            List<FamilyId> enrolled = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                FamilyId family = fixture.family(monday, 12, true);
                assertThat(enrolments.enrol(group, family, false)).isEqualTo(EnrolmentStatus.ENROLLED);
                enrolled.add(family);
            }
            FamilyId ninth = fixture.family(monday, 12, true);
            assertThat(enrolments.enrol(group, ninth, false)).isEqualTo(EnrolmentStatus.WAITING);
            enrolments.withdraw(group, enrolled.get(0));
            assertThat(enrolments.ofGroup(group)).filteredOn(e -> e.familyId().equals(ninth))
                    .extracting(Enrolment::status).containsExactly(EnrolmentStatus.ENROLLED);
            assertThat(families.find(ninth).orElseThrow().stage()).isEqualTo(JourneyStage.ENROLLED);
        });
    }

    @Test
    void plannedSessionsWithAnUntrainedFacilitatorAreFlagged() {
        signedIn.run(LEAD, () -> {
            List<SessionView> sessions = queries.sessions(fixture.group(monday.plusWeeks(1), fixture.pair(false)));
            assertThat(sessions).allSatisfy(s -> assertThat(s.hasUntrainedFacilitator()).isTrue());
            List<SessionView> trained = queries.sessions(fixture.group(monday.plusWeeks(1), fixture.pair(true)));
            assertThat(trained).noneSatisfy(s -> assertThat(s.hasUntrainedFacilitator()).isTrue());
        });
    }

    @Test
    void aLeaversFutureSessionsAreFlaggedForCover() {
        signedIn.run(LEAD, () -> {
            List<FacilitatorId> pair = fixture.pair(true);
            GroupId group = fixture.group(monday.plusWeeks(1), pair);
            int before = overview.sessionsNeedingCover(fixture.north());
            roster.update(pair.get(1), LocalDate.now().minusYears(1), monday.plusWeeks(3));
            assertThat(overview.sessionsNeedingCover(fixture.north())).isEqualTo(before + 7);
            assertThat(queries.sessions(group)).filteredOn(SessionView::affectedByLeaver).hasSize(7);
        });
    }

    @Test
    void anotherSitesLeadCannotSeeOrChangeTheGroup() {
        GroupId group = signedIn.as(LEAD, () -> fixture.group(monday, fixture.pair(true)));
        signedIn.run("lead@south.demo", () -> {
            assertThatThrownBy(() -> queries.group(group)).isInstanceOf(NotFoundException.class);
            SessionView session = signedIn.as(LEAD, () -> queries.sessions(group).get(0));
            assertThatThrownBy(() -> planning.cancel(session.id(), "hijack")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> registers.sheet(session.id())).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void theFunnelCountsEachFamilyAtEveryStepItReached() {
        signedIn.run(LEAD, () -> {
            var before = families.funnel(fixture.north());
            List<FacilitatorId> pair = fixture.pair(true);
            GroupId group = fixture.group(monday, pair);
            FamilyId family = fixture.family(monday, 12, true);
            homeVisits.save(family, "antenatal-visit", new HomeVisitRecord(null, monday.minusWeeks(1), 45, null, null,
                    pair, 0));
            enrolments.enrol(group, family, false);
            fixture.family(monday, 12, true);
            var after = families.funnel(fixture.north());
            assertThat(after.referred()).isEqualTo(before.referred() + 2);
            assertThat(after.firstVisitDone()).isEqualTo(before.firstVisitDone() + 1);
            assertThat(after.enrolled()).isEqualTo(before.enrolled() + 1);
            assertThat(after.completed()).isEqualTo(before.completed());
        });
    }

    @Test
    void completedFamiliesKeepTheirPlacesSoTheGroupDoesNotOverfill() {
        signedIn.run(LEAD, () -> {
            GroupId group = fixture.group(monday, fixture.pair(true));
            for (int i = 0; i < 8; i++) {
                enrolments.enrol(group, fixture.family(monday, 12, true), false);
            }
            Enrolment first = enrolments.ofGroup(group).get(0);
            jdbc.sql("update enrolment set status = 'COMPLETED' where id = ?").param(first.id()).update();
            assertThat(enrolments.enrol(group, fixture.family(monday, 12, true), false)).isEqualTo(EnrolmentStatus.WAITING);
        });
    }

    @Test
    void withdrawingConsentToTakePartGivesUpThePlaceToTheFirstFamilyWaiting() {
        List<FamilyId> placed = new java.util.ArrayList<>();
        GroupId group = signedIn.as(LEAD, () -> {
            GroupId created = fixture.group(monday, fixture.pair(true));
            for (int i = 0; i < 9; i++) {
                FamilyId family = fixture.family(monday, 12, true);
                enrolments.enrol(created, family, false);
                placed.add(family);
            }
            UUID consent = jdbc.sql("select id from consent where family_id = ? and purpose = 'TAKE_PART'")
                    .param(placed.get(0).value()).query(UUID.class).single();
            consents.withdraw(placed.get(0), new org.babysteps.family.ConsentId(consent), LocalDate.now());
            return created;
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<FamilyId, EnrolmentStatus> status = new HashMap<>();
            signedIn.as(LEAD, () -> enrolments.ofGroup(group)).forEach(e -> status.put(e.familyId(), e.status()));
            assertThat(status.get(placed.get(0))).isEqualTo(EnrolmentStatus.WITHDRAWN);
            assertThat(status.get(placed.get(8))).isEqualTo(EnrolmentStatus.ENROLLED);
        });
    }

    private static Map<UUID, AttendanceStatus> marks(RegisterSheet sheet, AttendanceStatus status) {
        Map<UUID, AttendanceStatus> marks = new HashMap<>();
        sheet.lines().forEach(line -> marks.put(line.participantId(), status));
        return marks;
    }
}
