package org.babysteps.site.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

class SteeringRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final SteeringRules rules = new SteeringRules();
    private final SiteId site = SiteId.random();
    private final SteeringMember current = member("Current", null);
    private final SteeringMember leftInOctober = member("Gone", LocalDate.of(2026, 10, 1));

    private SteeringMember member(String name, LocalDate leftOn) {
        return new SteeringMember(UUID.randomUUID(), site, name, null, "Org", "Role", Seniority.STRATEGIC, leftOn, 0);
    }

    @Test
    void aMemberComesFromThePartnershipOrNamesTheirOrganisation() {
        AgencyId partner = AgencyId.random();
        assertThatCode(() -> rules.checkMember(new NewMember("A", partner, null, "Head", Seniority.STRATEGIC), Set.of(partner)))
                .doesNotThrowAnyException();
        assertThatCode(() -> rules.checkMember(new NewMember("A", null, "ICB", "Head", Seniority.STRATEGIC), Set.of()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkMember(new NewMember("A", AgencyId.random(), null, "Head", Seniority.STRATEGIC), Set.of(partner)))
                .hasMessage("Select an agency of this site's partnership");
        assertThatThrownBy(() -> rules.checkMember(new NewMember("A", null, " ", "Head", Seniority.STRATEGIC), Set.of(partner)))
                .extracting("field").isEqualTo("agencyId");
    }

    @Test
    void someoneWhoLeftBeforeAMeetingCannotHaveAttendedIt() {
        MeetingRecord november = new MeetingRecord(LocalDate.of(2026, 11, 2), Set.of(current.id(), leftInOctober.id()), null, List.of());
        MeetingRecord september = new MeetingRecord(LocalDate.of(2026, 9, 2), Set.of(current.id(), leftInOctober.id()), null, List.of());

        assertThatThrownBy(() -> rules.checkMeeting(november, List.of(current, leftInOctober), TODAY))
                .hasMessage("Gone had left the group before the meeting");
        assertThatCode(() -> rules.checkMeeting(september, List.of(current, leftInOctober), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aPastMeetingNeedsAttendeesAndAnUpcomingOneHasNoneYet() {
        assertThatThrownBy(() -> rules.checkMeeting(new MeetingRecord(TODAY, Set.of(), null, List.of()), List.of(current), TODAY))
                .hasMessage("Select who attended the meeting");
        assertThatCode(() -> rules.checkMeeting(new MeetingRecord(TODAY.plusDays(7), Set.of(), null, List.of()), List.of(current), TODAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkMeeting(new MeetingRecord(TODAY.plusDays(7), Set.of(current.id()), null, List.of()),
                List.of(current), TODAY)).extracting("field").isEqualTo("attendeeIds");
    }

    @Test
    void attendeesMustBeMembersOfThisSitesGroup() {
        assertThatThrownBy(() -> rules.checkMeeting(new MeetingRecord(TODAY, Set.of(UUID.randomUUID()), null, List.of()),
                List.of(current), TODAY)).hasMessage("Select attendees from this site's steering group");
    }

    @Test
    void anActionIsOwnedByACurrentMember() {
        NewAction action = new NewAction("Do it", leftInOctober.id(), TODAY, null);
        assertThatThrownBy(() -> rules.checkAction(action, leftInOctober)).extracting("field").isEqualTo("ownerId");
        assertThatThrownBy(() -> rules.checkAction(action, null)).extracting("field").isEqualTo("ownerId");
        assertThatCode(() -> rules.checkAction(new NewAction("Do it", current.id(), TODAY, null), current)).doesNotThrowAnyException();
    }

    @Test
    void anActionIsDoneOnceAndNotInTheFuture() {
        SteeringAction open = new SteeringAction(UUID.randomUUID(), site, "Do it", current.id(), "Current", TODAY,
                ActionStatus.OPEN, null, null, null, 0);
        SteeringAction done = new SteeringAction(open.id(), site, "Do it", current.id(), "Current", TODAY,
                ActionStatus.DONE, TODAY, null, null, 1);

        assertThatThrownBy(() -> rules.checkCompletion(open, TODAY.plusDays(1), TODAY)).hasMessage("Date done must be today or in the past");
        assertThatThrownBy(() -> rules.checkCompletion(done, TODAY, TODAY)).hasMessage("This action was already marked done");
        assertThatCode(() -> rules.checkCompletion(open, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void overdueMeansOpenAndDueBeforeToday() {
        SteeringAction dueYesterday = new SteeringAction(UUID.randomUUID(), site, "x", current.id(), "c", TODAY.minusDays(1),
                ActionStatus.OPEN, null, null, null, 0);
        SteeringAction dueToday = new SteeringAction(UUID.randomUUID(), site, "x", current.id(), "c", TODAY,
                ActionStatus.OPEN, null, null, null, 0);
        SteeringAction doneLate = new SteeringAction(UUID.randomUUID(), site, "x", current.id(), "c", TODAY.minusDays(9),
                ActionStatus.DONE, TODAY, null, null, 0);

        assertThat(dueYesterday.overdueOn(TODAY)).isTrue();
        assertThat(dueToday.overdueOn(TODAY)).isFalse();
        assertThat(doneLate.overdueOn(TODAY)).isFalse();
    }

    @Test
    void aMemberLeavesOnceOnADateNotInTheFuture() {
        assertThatThrownBy(() -> rules.checkLeaving(leftInOctober, TODAY, TODAY)).hasMessage("Gone has already left the steering group");
        assertThatThrownBy(() -> rules.checkLeaving(current, TODAY.plusDays(1), TODAY)).extracting("field").isEqualTo("leftOn");
        assertThatCode(() -> rules.checkLeaving(current, TODAY, TODAY)).doesNotThrowAnyException();
    }
}
