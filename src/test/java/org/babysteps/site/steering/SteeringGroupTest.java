package org.babysteps.site.steering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.SteeringActionSummary;
import org.babysteps.site.SteeringGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The steering group on the real database: overdue actions, meetings and leaving, and who may see or change it. */
@PlatformTest
@AutoConfigureMockMvc
class SteeringGroupTest {

    private static final String LEAD = "lead@north.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    SteeringGroups steeringGroups;
    @Autowired
    SteeringGroupService steering;
    @Autowired
    SteeringGroupChanges changes;

    private SignedIn signedIn;
    private SiteId north;
    private final LocalDate today = UkTime.today();

    @BeforeEach
    void northSite() {
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    private UUID newMember(String name) {
        return signedIn.as(LEAD, () -> changes.addMember(north,
                new NewMember(name, null, "Test organisation", "Tester", Seniority.OPERATIONAL)));
    }

    @Test
    void overdueActionsAreTheOpenOnesDueBeforeTodayOldestFirst() {
        UUID owner = newMember("Owner " + UUID.randomUUID());
        String tag = UUID.randomUUID().toString();
        signedIn.run(LEAD, () -> {
            changes.addAction(north, new NewAction("Late " + tag, owner, today.minusDays(3), null));
            changes.addAction(north, new NewAction("Later " + tag, owner, today.minusDays(10), null));
            changes.addAction(north, new NewAction("Due today " + tag, owner, today, null));
            UUID done = changes.addAction(north, new NewAction("Done " + tag, owner, today.minusDays(20), null));
            changes.completeAction(north, done, 0, today);
        });

        List<SteeringActionSummary> overdue = signedIn.as(LEAD, () -> steeringGroups.overdueActions(north));

        assertThat(overdue).filteredOn(a -> a.description().endsWith(tag)).extracting(SteeringActionSummary::description)
                .containsExactly("Later " + tag, "Late " + tag);
        assertThat(overdue).isSortedAccordingTo(java.util.Comparator.comparing(SteeringActionSummary::dueOn));
        assertThat(overdue).extracting(SteeringActionSummary::description)
                .contains("Confirm the venue and transport for the next antenatal group");
        assertThat(signedIn.as("lead@south.demo", () -> steeringGroups.overdueActions(north))).isEmpty();
    }

    @Test
    void aMemberWhoLeftStaysInOldMeetingsButCannotAttendLaterOnesOrOwnActions() {
        UUID leaving = newMember("Leaving " + UUID.randomUUID());
        UUID staying = newMember("Staying " + UUID.randomUUID());
        UUID before = signedIn.as(LEAD, () -> changes.recordMeeting(north,
                new MeetingRecord(today.minusDays(20), Set.of(leaving, staying), "Minutes", List.of("Decision one", " ", "Decision two"))));
        signedIn.run(LEAD, () -> changes.memberLeft(north, leaving, 0, today.minusDays(10)));

        SteeringMeeting old = signedIn.as(LEAD, () -> steering.meeting(north, before)).orElseThrow();
        assertThat(old.attendeeIds()).containsExactlyInAnyOrder(leaving, staying);
        assertThat(old.decisions()).containsExactly("Decision one", "Decision two");
        assertThatThrownBy(() -> signedIn.run(LEAD, () -> changes.recordMeeting(north,
                new MeetingRecord(today.minusDays(5), Set.of(leaving, staying), null, List.of()))))
                .hasMessageEndingWith("had left the group before the meeting");
        assertThatThrownBy(() -> signedIn.run(LEAD, () -> changes.addAction(north,
                new NewAction("Too late", leaving, today, null)))).hasMessageContaining("has left the group");
        assertThatThrownBy(() -> signedIn.run(LEAD, () -> changes.memberLeft(north, leaving, 1, today)))
                .hasMessageContaining("has already left");
    }

    @Test
    void anotherSitesLeadNeitherSeesNorChangesNorthsGroup() throws Exception {
        UUID member = newMember("Private " + UUID.randomUUID());
        var south = user(users.findByEmail("lead@south.demo").orElseThrow());

        mvc.perform(get("/sites/" + north + "/steering").with(south)).andExpect(status().isNotFound());
        mvc.perform(post("/sites/" + north + "/steering/members/" + member + "/departure").with(south).with(csrf())
                .param("leftOn", today.toString()).param("version", "0")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> signedIn.run("lead@south.demo", () -> changes.memberLeft(north, member, 0, today)))
                .isInstanceOf(NotFoundException.class);
        assertThat(signedIn.as(LEAD, () -> steering.member(north, member)).orElseThrow().active()).isTrue();
    }

    @Test
    void facilitatorsReadTheGroupButCannotChangeItAndCommissionersCannotSeeIt() throws Exception {
        var facilitator = user(users.findByEmail("midwife@north.demo").orElseThrow());
        mvc.perform(get("/sites/" + north + "/steering").with(facilitator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("Pat Practice-Lead (demo)")))
                .andExpect(content().string(not(containsString("Add a member"))));
        assertThatThrownBy(() -> signedIn.run("midwife@north.demo", () -> newMemberAsCaller()))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/sites/" + north + "/steering").with(user(users.findByEmail("commissioner@north.demo").orElseThrow())))
                .andExpect(status().isForbidden());
    }

    private void newMemberAsCaller() {
        changes.addMember(north, new NewMember("Sneaky", null, "Org", "Role", Seniority.PRACTICE));
    }

    @Test
    void recordingAMeetingThroughThePageSavesAttendeesAndDecisionsAndBadInputSavesNothing() throws Exception {
        UUID attendee = newMember("Attendee " + UUID.randomUUID());
        var lead = user(users.findByEmail(LEAD).orElseThrow());
        String minutes = "Minutes " + UUID.randomUUID();

        mvc.perform(post("/sites/" + north + "/steering/meetings").with(lead).with(csrf())
                        .param("heldOn", today.toString()).param("minutes", minutes))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select who attended the meeting")));
        assertThat(jdbc.sql("select count(*) from steering_meeting where minutes = ?").param(minutes).query(Long.class).single()).isZero();

        mvc.perform(post("/sites/" + north + "/steering/meetings").with(lead).with(csrf())
                        .param("heldOn", today.toString()).param("attendeeIds", attendee.toString()).param("minutes", minutes)
                        .param("decisions", "Fund a crèche\r\n\r\nMeet monthly"))
                .andExpect(status().is3xxRedirection());
        UUID meeting = jdbc.sql("select id from steering_meeting where minutes = ?").param(minutes).query(UUID.class).single();
        mvc.perform(get("/sites/" + north + "/steering/meetings/" + meeting).with(lead))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fund a crèche")))
                .andExpect(content().string(containsString("Meet monthly")));
        assertThat(jdbc.sql("select detail from audit_event where record_type = 'steering-meeting' and record_id = ?")
                .param(meeting.toString()).query(String.class).single()).contains("1 attended, 2 decisions");
    }

    @Test
    void markingAnActionDoneTwiceIsExplained() throws Exception {
        UUID owner = newMember("Doer " + UUID.randomUUID());
        UUID action = signedIn.as(LEAD, () -> changes.addAction(north, new NewAction("Once", owner, today, null)));
        var lead = user(users.findByEmail(LEAD).orElseThrow());

        mvc.perform(post("/sites/" + north + "/steering/actions/" + action + "/completion").with(lead).with(csrf())
                .param("doneOn", today.toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/sites/" + north + "/steering/actions/" + action + "/completion").with(lead).with(csrf())
                        .param("doneOn", today.toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This action was already marked done")));
    }
}
