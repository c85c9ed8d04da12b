package org.babysteps.site.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.AgencyType;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.NewSite;
import org.babysteps.site.SiteAdministration;
import org.babysteps.site.SiteChangeRejectedException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Implementation stages on the real database: history, the rules of a change, who may change, the board. */
@PlatformTest
@AutoConfigureMockMvc
class StageHistoryTest {

    private static final String ADMIN = "admin@licensor.demo";
    private static final String MANAGER = "manager@licensor.demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    SiteAdministration administration;
    @Autowired
    SiteStages stages;

    private SignedIn signedIn;
    private SiteId site;
    private final LocalDate today = UkTime.today();

    @BeforeEach
    void aNewSite() {
        signedIn = new SignedIn(users);
        site = signedIn.as(ADMIN, () -> administration.create(new NewSite("Stage site " + UUID.randomUUID(), "Area",
                "Stage agency " + UUID.randomUUID(), AgencyType.CHILDRENS_SERVICES)));
    }

    @Test
    void aSiteWithNothingRecordedIsExploringSinceItWasAdded() {
        SiteStage current = signedIn.as(MANAGER, () -> stages.stageOf(site).orElseThrow());
        assertThat(current.stage()).isEqualTo(ImplementationStage.EXPLORING);
        assertThat(current.since()).isEqualTo(today);
        assertThat(current.recorded()).isFalse();
    }

    @Test
    void historyIsNewestFirstAndTheNewestChangeIsTheCurrentStage() {
        signedIn.run(ADMIN, () -> {
            stages.change(site, 0, ImplementationStage.EXPLORING, today.minusYears(1), "First contact");
            stages.change(site, 1, ImplementationStage.PREPARING, today.minusMonths(5), "Readiness started");
            stages.change(site, 2, ImplementationStage.LICENSED_INSTALLING, today.minusMonths(5), "Licensed the same day");
        });
        var history = signedIn.as(MANAGER, () -> stages.history(site));
        assertThat(history).extracting(StageChange::stage).containsExactly(ImplementationStage.LICENSED_INSTALLING,
                ImplementationStage.PREPARING, ImplementationStage.EXPLORING);
        assertThat(history).extracting(StageChange::changedBy).containsOnly("Alex Admin (demo)");
        assertThat(signedIn.as(MANAGER, () -> stages.current(site)).orElseThrow())
                .satisfies(now -> {
                    assertThat(now.stage()).isEqualTo(ImplementationStage.LICENSED_INSTALLING);
                    assertThat(now.since()).isEqualTo(today.minusMonths(5));
                });
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'site-stage-change' and site_id = ?")
                .param(site.value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aDateBeforeTheCurrentStageStartedIsExplainedOnThePageAndSavesNothing() throws Exception {
        signedIn.run(ADMIN, () -> stages.change(site, 0, ImplementationStage.PREPARING, today.minusMonths(2), "Ready"));
        mvc.perform(post("/sites/" + site + "/stage").with(user(users.findByEmail(MANAGER).orElseThrow())).with(csrf())
                        .param("stage", "LICENSED_INSTALLING").param("startedOn", today.minusMonths(3).toString())
                        .param("note", "Backdated").param("recordedChanges", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is a problem")))
                .andExpect(content().string(Matchers.containsString("when the current stage (preparing (readiness)) started")));
        mvc.perform(post("/sites/" + site + "/stage").with(user(users.findByEmail(MANAGER).orElseThrow())).with(csrf())
                        .param("stage", "NOT_A_STAGE").param("startedOn", "2026-02-30").param("recordedChanges", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Date the stage started must be a real date")));
        assertThat(signedIn.as(MANAGER, () -> stages.history(site))).hasSize(1);
    }

    @Test
    void aChangeBuiltOnAStaleStageIsRefusedWithoutLosingTheOtherChange() {
        signedIn.run(ADMIN, () -> stages.change(site, 0, ImplementationStage.PREPARING, today, "First person"));
        assertThatThrownBy(() -> signedIn.run(MANAGER,
                () -> stages.change(site, 0, ImplementationStage.PAUSED, today, "Second person, same screen")))
                .isInstanceOf(SiteChangeRejectedException.class).hasMessageContaining("Someone else changed");
        assertThat(signedIn.as(MANAGER, () -> stages.history(site))).extracting(StageChange::note)
                .containsExactly("First person");
    }

    @Test
    void onlyLicensorStaffChangeAStage() throws Exception {
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        mvc.perform(post("/sites/" + north + "/stage").with(user(users.findByEmail("lead@north.demo").orElseThrow()))
                        .with(csrf()).param("stage", "SUSTAINING").param("startedOn", today.toString())
                        .param("note", "Self-promoted").param("recordedChanges", "5"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> signedIn.run("lead@north.demo",
                () -> stages.change(new SiteId(north), 5, ImplementationStage.SUSTAINING, today, "Self-promoted")))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/sites/" + north + "/stage").with(user(users.findByEmail("lead@north.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Full delivery")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Record a change of stage"))));
    }

    @Test
    void anotherSitesLeadAndUnknownIdsGetNotFound() throws Exception {
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        var southLead = user(users.findByEmail("lead@south.demo").orElseThrow());
        mvc.perform(get("/sites/" + north + "/stage").with(southLead)).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + UUID.randomUUID() + "/stage").with(southLead)).andExpect(status().isNotFound());
        mvc.perform(get("/sites/not-an-id/stage").with(southLead)).andExpect(status().isNotFound());
    }

    @Test
    void theDemoNorthSiteCameThroughEveryStageToFullDelivery() {
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        assertThat(signedIn.as("lead@north.demo", () -> stages.history(new SiteId(north))))
                .extracting(StageChange::stage).containsExactly(ImplementationStage.FULL_DELIVERY,
                        ImplementationStage.FIRST_GROUPS, ImplementationStage.LICENSED_INSTALLING,
                        ImplementationStage.PREPARING, ImplementationStage.EXPLORING);
    }

    @Test
    void theLicensorsBoardSortsSitesByTimeInStage() throws Exception {
        var manager = user(users.findByEmail(MANAGER).orElseThrow());
        String longest = mvc.perform(get("/stages").param("sort", "longest-in-stage").with(manager))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // South has been preparing 4 months, North in full delivery 3 months, East exploring 6 weeks
        assertThat(longest.indexOf("South Demo Site")).isLessThan(longest.indexOf("North Demo Site"));
        assertThat(longest.indexOf("North Demo Site")).isLessThan(longest.indexOf("East Demo Site"));
        assertThat(longest).contains("4 months").contains("Sorted by time in stage, longest first");
        String shortest = mvc.perform(get("/stages").param("sort", "shortest-in-stage").with(manager))
                .andReturn().getResponse().getContentAsString();
        assertThat(shortest.indexOf("East Demo Site")).isLessThan(shortest.indexOf("North Demo Site"));
        assertThat(shortest.indexOf("North Demo Site")).isLessThan(shortest.indexOf("South Demo Site"));
    }
}
