package org.babysteps.site.licence;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.LicenceState;
import org.babysteps.site.LicenceSummary;
import org.babysteps.site.Licences;
import org.babysteps.site.LifecycleFixture;
import org.babysteps.site.ReadinessOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Issuing and changing licences on fresh sites: the rules, the messages, and that nothing half-saves. */
@PlatformTest
@AutoConfigureMockMvc
class LicencePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LifecycleFixture fixture;
    @Autowired
    Licences licences;

    private SiteId site;
    private CurrentUser manager;
    private final LocalDate start = UkTime.today().minusMonths(1);

    @BeforeEach
    void aFreshSite() {
        site = fixture.newSite();
        manager = users.findByEmail("manager@licensor.demo").orElseThrow();
    }

    @Test
    void aLicenceNeedsAPositiveReadinessDecision() throws Exception {
        issue(start, null, true).andExpect(status().isOk())
                .andExpect(content().string(containsString("the site has no decided readiness assessment")));
        fixture.decided(site, ReadinessOutcome.NOT_YET);
        issue(start, null, true).andExpect(content().string(containsString("latest readiness decision is &quot;not yet ready&quot;")));
        assertThat(count("licence")).isZero();
    }

    @Test
    void aLicenceCarriesTheProgrammesConditionsAndTheSitesOwnAndRunsThreeYearsByDefault() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY_WITH_CONDITIONS);
        mvc.perform(post("/sites/" + site + "/licences").with(user(manager)).with(csrf()).param("programme", "baby-steps")
                        .param("startsOn", start.toString()).param("issueNow", "true")
                        .param("conditionTitle", "Monthly data return").param("conditionDescription", "Send registers monthly"))
                .andExpect(status().is3xxRedirection());
        LicenceSummary licence = current().orElseThrow();
        assertThat(licence.state()).isEqualTo(LicenceState.ACTIVE);
        assertThat(licence.endsOn()).isEqualTo(start.plusYears(3).minusDays(1));
        assertThat(licence.conditions()).extracting(c -> c.code()).containsExactly("co-facilitation", "trained-facilitators",
                "reflective-supervision", "data-returns", "fidelity", "site-1");
        assertThat(licence.conditions().get(5).siteSpecific()).isTrue();
    }

    @Test
    void anOverlappingLicenceIsRefusedAndOneStartingAfterTheEndIsNot() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY);
        issue(start, null, true).andExpect(status().is3xxRedirection());
        LocalDate end = start.plusYears(3).minusDays(1);
        issue(end, null, false).andExpect(status().isOk()).andExpect(content().string(containsString("These dates overlap")));
        assertThat(count("licence")).isOne();
        issue(end.plusDays(1), null, false).andExpect(status().is3xxRedirection());
        assertThat(count("licence")).isEqualTo(2);
        assertThat(current().orElseThrow().startsOn()).as("the licence in force, not the renewal").isEqualTo(start);
    }

    @Test
    void anEndBeforeTheStartAndAMistypedDateAreExplainedNextToTheirFields() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY);
        issue(start, start.minusDays(1), true).andExpect(content().string(containsString("The end date must be after the start date")))
                .andExpect(content().string(containsString("id=\"endsOn-error\"")));
        mvc.perform(post("/sites/" + site + "/licences").with(user(manager)).with(csrf()).param("programme", "baby-steps")
                .param("startsOn", "2026-02-31")).andExpect(content().string(containsString("Start date must be a real date")));
        assertThat(count("licence")).isZero();
    }

    @Test
    void aDraftIsIssuedThenSuspendedReinstatedAndEndedEachWithAReasonAndAudited() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY);
        issue(start, null, false).andExpect(status().is3xxRedirection());
        UUID id = current().orElseThrow().id();
        assertThat(current().orElseThrow().state()).isEqualTo(LicenceState.DRAFT);
        String base = "/sites/" + site + "/licences/" + id + "/";
        mvc.perform(post(base + "activation").with(user(manager)).with(csrf())).andExpect(status().is3xxRedirection());
        // only ending asks for the date it ended
        mvc.perform(get(base + "suspension").with(user(manager)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Date it ended"))));
        mvc.perform(get(base + "ending").with(user(manager))).andExpect(content().string(containsString("Date it ended")));
        mvc.perform(post(base + "suspension").with(user(manager)).with(csrf()).param("reason", " "))
                .andExpect(content().string(containsString("Give the reason the licence is suspended")));
        assertThat(current().orElseThrow().state()).isEqualTo(LicenceState.ACTIVE);
        mvc.perform(post(base + "suspension").with(user(manager)).with(csrf()).param("reason", "No reflective supervision for 4 months"))
                .andExpect(status().is3xxRedirection());
        assertThat(current().orElseThrow().suspensionReason()).isEqualTo("No reflective supervision for 4 months");
        mvc.perform(post(base + "suspension").with(user(manager)).with(csrf()).param("reason", "again"))
                .andExpect(content().string(containsString("suspended cannot be suspended")));
        mvc.perform(post(base + "reinstatement").with(user(manager)).with(csrf()).param("reason", "Supervision restarted"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "ending").with(user(manager)).with(csrf()).param("reason", "Funding ended")
                .param("endedOn", UkTime.today().toString())).andExpect(status().is3xxRedirection());
        assertThat(current().orElseThrow().state()).isEqualTo(LicenceState.ENDED);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'licence' and record_id = ?")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select reason from licence_change where licence_id = ? order by at").param(id).query(String.class).list())
                .containsExactly("Drafted", null, "No reflective supervision for 4 months", "Supervision restarted", "Funding ended");
    }

    @Test
    void aDraftIsWithdrawnWithAReasonKeepsItsHistoryAndNoLongerBlocksANewLicence() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY);
        issue(start, null, false).andExpect(status().is3xxRedirection());
        UUID draft = current().orElseThrow().id();
        String withdrawal = "/sites/" + site + "/licences/" + draft + "/withdrawal";
        mvc.perform(get(withdrawal).with(user(manager))).andExpect(status().isOk());
        mvc.perform(post(withdrawal).with(user(manager)).with(csrf()).param("reason", " "))
                .andExpect(content().string(containsString("Give the reason the licence is withdrawn")));
        mvc.perform(post(withdrawal).with(user(manager)).with(csrf()).param("reason", "Drafted with the wrong dates"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select status || ' ' || withdrawn || ' ' || ended_on || ' ' || end_reason from licence where id = ?")
                .param(draft).query(String.class).single())
                .isEqualTo("ENDED true " + UkTime.today() + " Drafted with the wrong dates");
        assertThat(jdbc.sql("select from_status || '>' || to_status from licence_change where licence_id = ? and from_status is not null")
                .param(draft).query(String.class).list()).containsExactly("DRAFT>ENDED");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'licence' and record_id = ? and detail like 'WITHDRAW%'")
                .param(draft.toString()).query(Integer.class).single()).isOne();
        issue(start, null, true).andExpect(status().is3xxRedirection());
        assertThat(current().orElseThrow().state()).isEqualTo(LicenceState.ACTIVE);
        mvc.perform(get("/sites/" + site + "/licence").with(user(manager))).andExpect(content().string(containsString("Withdrawn")));
    }

    @Test
    void aLicenceIssuedForDatesToComeIsWithdrawnTodayRatherThanEndedAndFreesItsDates() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY);
        LocalDate later = UkTime.today().plusMonths(2);
        issue(later, null, true).andExpect(status().is3xxRedirection());
        UUID id = current().orElseThrow().id();
        String base = "/sites/" + site + "/licences/" + id + "/";
        mvc.perform(post(base + "ending").with(user(manager)).with(csrf()).param("reason", "Site pulled out")
                .param("endedOn", UkTime.today().toString())).andExpect(content().string(containsString("withdraw it instead")));
        mvc.perform(post(base + "withdrawal").with(user(manager)).with(csrf()).param("reason", "Site pulled out"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select ended_on from licence where id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(UkTime.today());
        issue(later, null, true).andExpect(status().is3xxRedirection());
    }

    @Test
    void aDraftRenewalBesideTheActiveLicenceIsIssuedFromTheLicencePageAndTheOldOneShowsItIsRenewed() throws Exception {
        fixture.decided(site, ReadinessOutcome.READY);
        LocalDate nearEnd = UkTime.today().plusMonths(2);
        issue(nearEnd.minusYears(3).plusDays(1), null, true).andExpect(status().is3xxRedirection());
        UUID active = current().orElseThrow().id();
        assertThat(current().orElseThrow().state()).isEqualTo(LicenceState.RENEWAL_DUE);
        issue(nearEnd.plusDays(1), null, false).andExpect(status().is3xxRedirection());
        UUID renewal = jdbc.sql("select id from licence where site_id = ? and status = 'DRAFT'").param(site.value()).query(UUID.class).single();
        String activation = "/sites/" + site + "/licences/" + renewal + "/activation";

        mvc.perform(get("/sites/" + site + "/licence").with(user(manager)))
                .andExpect(content().string(containsString("href=\"" + activation + "\"")));
        mvc.perform(get(activation).with(user(manager))).andExpect(status().isOk());
        mvc.perform(post(activation).with(user(manager)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(current().orElseThrow().id()).isEqualTo(active);
        assertThat(current().orElseThrow().state()).as("renewed, so no longer renewal due").isEqualTo(LicenceState.ACTIVE);
        mvc.perform(get("/sites/" + site + "/licence").with(user(manager)))
                .andExpect(content().string(containsString("Renewed from " + nearEnd.plusDays(1).format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))));
    }

    @Test
    void theNorthCommissionerReadsTheLicenceStatusButNoReadinessOrHistory() throws Exception {
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        CurrentUser commissioner = users.findByEmail("commissioner@north.demo").orElseThrow();
        mvc.perform(get("/sites/" + north + "/licence").with(user(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Every group session is co-facilitated")))
                .andExpect(content().string(not(containsString("History of this licence"))))
                .andExpect(content().string(not(containsString("Suspend licence"))));
        mvc.perform(get("/sites/" + north + "/readiness").with(user(commissioner))).andExpect(status().isForbidden());
        mvc.perform(get("/sites/" + site + "/licence").with(user(commissioner))).andExpect(status().isNotFound());
    }

    @Test
    void licencesOfOtherSitesAreNotVisibleThroughTheApi() {
        fixture.decided(site, ReadinessOutcome.READY);
        new SignedIn(users).run("admin@licensor.demo", () -> { });
        List<LicenceSummary> southsView = new SignedIn(users).as("lead@south.demo", licences::currentForVisibleSites);
        assertThat(southsView).allMatch(l -> l.siteName().equals("South Demo Site"));
        assertThat(new SignedIn(users).as("lead@south.demo", () -> licences.current(site))).isEmpty();
    }

    private ResultActions issue(LocalDate startsOn, LocalDate endsOn, boolean now) throws Exception {
        var request = post("/sites/" + site + "/licences").with(user(manager)).with(csrf()).param("programme", "baby-steps")
                .param("startsOn", startsOn.toString()).param("issueNow", String.valueOf(now));
        if (endsOn != null) {
            request = request.param("endsOn", endsOn.toString());
        }
        return mvc.perform(request);
    }

    private java.util.Optional<LicenceSummary> current() {
        return new SignedIn(users).as("admin@licensor.demo", () -> licences.current(site));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table + " where site_id = ?").param(site.value()).query(Integer.class).single();
    }
}
