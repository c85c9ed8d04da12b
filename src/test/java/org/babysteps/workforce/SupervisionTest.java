package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.babysteps.workforce.internal.PractitionerStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reflective supervision on the real database: recording, bad input, who reads topics, and compliance. */
@PlatformTest
@AutoConfigureMockMvc
class SupervisionTest {

    private static final String LEAD = "lead@north.demo";
    private static final String MIDWIFE = "midwife@north.demo";
    private static final String FSW = "fsw@north.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PractitionerStore store;
    @Autowired
    Practitioners practitioners;
    @Autowired
    Supervision supervision;

    private SignedIn signedIn;
    private SupervisionFixture fixture;
    private SiteId north;
    private PractitionerId supervisor;
    private PractitionerId fsw;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void aSupervisorAtTheNorthSite() {
        signedIn = new SignedIn(users);
        fixture = new SupervisionFixture(jdbc, users, store, practitioners);
        north = fixture.site("North Demo Site");
        fsw = fixture.practitionerOf(FSW);
        supervisor = signedIn.as(LEAD, () -> fixture.add(north, Profession.SOCIAL_WORKER, today.minusYears(3),
                ProgrammeRole.SUPERVISOR));
    }

    private SupervisionSessionDetails session(Set<PractitionerId> supervisees, String topics) {
        return new SupervisionSessionDetails(north, supervisor, supervisees, today.minusDays(1), 60,
                supervisees.size() == 1 ? SupervisionFormat.INDIVIDUAL : SupervisionFormat.GROUP, topics);
    }

    @Test
    void topicsAreReadOnlyByThePeopleInTheSessionAndTheSiteLead() throws Exception {
        String topics = "Worries about a family " + UUID.randomUUID();
        SupervisionSessionId id = signedIn.as(LEAD, () -> supervision.record(session(Set.of(fsw), topics)));

        assertThat(signedIn.as(FSW, () -> supervision.mine())).filteredOn(s -> s.id().equals(id))
                .singleElement().satisfies(s -> assertThat(s.topics()).isEqualTo(topics));
        assertThat(signedIn.as(LEAD, () -> supervision.sessionsAt(north))).filteredOn(s -> s.id().equals(id))
                .singleElement().satisfies(s -> assertThat(s.topics()).isEqualTo(topics));
        // another facilitator of the same site: the session is not theirs to see at all
        assertThat(signedIn.as(MIDWIFE, () -> supervision.mine())).noneMatch(s -> s.id().equals(id));
        assertThat(signedIn.as(MIDWIFE, () -> supervision.sessionsAt(north))).noneMatch(s -> s.id().equals(id));
        // the licensor sees that it happened, never what was said
        assertThat(signedIn.as("admin@licensor.demo", () -> supervision.sessionsAt(north))).filteredOn(s -> s.id().equals(id))
                .singleElement().satisfies(s -> assertThat(s.topics()).isNull());

        mvc.perform(get("/supervision").with(user(users.findByEmail(MIDWIFE).orElseThrow())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(topics))));
        mvc.perform(get("/sites/" + north + "/supervision").with(user(users.findByEmail(MIDWIFE).orElseThrow())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/supervision").with(user(users.findByEmail(FSW).orElseThrow())))
                .andExpect(content().string(Matchers.containsString(topics)));
    }

    @Test
    void aSessionWithNobodyPresentIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        int before = fixture.sessionCount();
        mvc.perform(post("/sites/" + north + "/supervision").with(csrf()).with(user(users.findByEmail(LEAD).orElseThrow()))
                        .param("supervisorId", supervisor.toString()).param("format", "GROUP")
                        .param("heldOn", today.toString()).param("durationMinutes", "60"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"superviseeIds-error\"")))
                .andExpect(content().string(Matchers.containsString("a session needs someone present")));
        assertThat(fixture.sessionCount()).isEqualTo(before);
    }

    @Test
    void aFutureDateAndAnOddLengthAreShownNextToTheirFields() throws Exception {
        int before = fixture.sessionCount();
        mvc.perform(post("/sites/" + north + "/supervision").with(csrf()).with(user(users.findByEmail(LEAD).orElseThrow()))
                        .param("supervisorId", supervisor.toString()).param("format", "INDIVIDUAL")
                        .param("superviseeIds", fsw.toString())
                        .param("heldOn", today.plusDays(3).toString()).param("durationMinutes", "60"))
                .andExpect(content().string(Matchers.containsString("id=\"heldOn-error\"")));
        mvc.perform(post("/sites/" + north + "/supervision").with(csrf()).with(user(users.findByEmail(LEAD).orElseThrow()))
                        .param("supervisorId", supervisor.toString()).param("format", "INDIVIDUAL")
                        .param("superviseeIds", fsw.toString())
                        .param("heldOn", today.toString()).param("durationMinutes", "an hour"))
                .andExpect(content().string(Matchers.containsString("id=\"durationMinutes-error\"")));
        assertThat(fixture.sessionCount()).isEqualTo(before);
    }

    @Test
    void aSupervisorCannotSuperviseThemself() {
        signedIn.run(LEAD, () -> assertThatThrownBy(() -> supervision.record(session(Set.of(supervisor, fsw), "x")))
                .isInstanceOf(WorkforceRuleException.class).hasMessageContaining("themself"));
    }

    @Test
    void aFacilitatorWhoIsNotTheSupervisorCannotRecordForThem() {
        signedIn.run(MIDWIFE, () -> assertThatThrownBy(() -> supervision.record(session(Set.of(fsw), "x")))
                .isInstanceOf(WorkforceRuleException.class).hasMessageContaining("you supervised yourself"));
    }

    @Test
    void anotherSitesLeadCannotRecordAtThisSite() {
        signedIn.run("lead@south.demo", () -> assertThatThrownBy(() -> supervision.record(session(Set.of(fsw), "x")))
                .isInstanceOf(NotFoundException.class));
    }

    @Test
    void aFacilitatorNeverSupervisedIsOverdueUntilASessionIsRecorded() {
        PractitionerId newcomer = signedIn.as(LEAD, () -> fixture.add(north, Profession.HEALTH_VISITOR, today.minusWeeks(20),
                ProgrammeRole.FACILITATOR));
        List<SupervisionCompliance> before = signedIn.as(LEAD, () -> supervision.complianceAt(north));
        assertThat(before).filteredOn(c -> c.practitionerId().equals(newcomer)).singleElement()
                .satisfies(c -> assertThat(c.due()).isEqualTo(new SupervisionDue(SupervisionStatus.OVERDUE, null,
                        today.minusWeeks(20).plusWeeks(12))));

        signedIn.run(LEAD, () -> supervision.record(session(Set.of(newcomer), null)));
        assertThat(signedIn.as(LEAD, () -> supervision.complianceAt(north))).filteredOn(c -> c.practitionerId().equals(newcomer))
                .singleElement().satisfies(c -> {
                    assertThat(c.due().status()).isEqualTo(SupervisionStatus.UP_TO_DATE);
                    assertThat(c.due().dueBy()).isEqualTo(today.minusDays(1).plusWeeks(8));
                });
    }
}
