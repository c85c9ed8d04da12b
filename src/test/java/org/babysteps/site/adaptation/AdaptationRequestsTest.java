package org.babysteps.site.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.EvidencePack;
import org.babysteps.reporting.EvidencePacks;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.AdaptationRequests;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.AdaptationSummary;
import org.babysteps.site.Adaptations;
import org.babysteps.site.AgencyType;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.NewSite;
import org.babysteps.site.SiteAdministration;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.Sites;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Local adaptations on the real database: requesting, bad input, deciding, withdrawing, and who sees what. */
@PlatformTest
@AutoConfigureMockMvc
class AdaptationRequestsTest {

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
    Sites sites;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AdaptationRequests requests;
    @Autowired
    Adaptations adaptations;
    @Autowired
    SiteAdaptations siteAdaptations;
    @Autowired
    EvidencePacks packs;

    private SignedIn signedIn;
    private SiteId site;
    private String lead;
    private final LocalDate today = UkTime.today();

    @BeforeEach
    void aNewSiteWithItsOwnLead() {
        signedIn = new SignedIn(users);
        lead = "lead-" + UUID.randomUUID() + "@adaptation.test";
        site = signedIn.as(ADMIN, () -> {
            SiteId created = administration.create(new NewSite("Adaptation site " + UUID.randomUUID(), "Area",
                    "Adaptation agency " + UUID.randomUUID(), AgencyType.CHILDRENS_SERVICES));
            accounts.create(new NewUserAccount(lead, "Lee Lead (test)", sites.agenciesOf(created).get(0).id(),
                    Set.of(Role.SITE_LEAD), Set.of(created), "test-password-1"));
            return created;
        });
    }

    private UUID evenings() {
        return signedIn.as(lead, () -> requests.request(site, new NewAdaptation("venue-and-timing", "Evening groups",
                "Working parents", null, today, null)));
    }

    @Test
    void aLeadsRequestAwaitsTheLicensorWhoApprovesIt() {
        UUID id = evenings();
        assertThat(signedIn.as(lead, () -> adaptations.awaitingDecision(site))).extracting(AdaptationSummary::id)
                .containsExactly(id);
        signedIn.run(MANAGER, () -> requests.decide(site, id, 0, AdaptationStatus.APPROVED, "Timing is adaptable", null));

        assertThat(signedIn.as(lead, () -> adaptations.awaitingDecision(site))).isEmpty();
        assertThat(signedIn.as(lead, () -> adaptations.approved(site))).singleElement().satisfies(approved -> {
            assertThat(approved.componentTitle()).isEqualTo("Venue, day and time of sessions");
            assertThat(approved.touchesCore()).isFalse();
            assertThat(approved.decisionReason()).isEqualTo("Timing is adaptable");
        });
        AdaptationRecord stored = signedIn.as(lead, () -> siteAdaptations.find(site, id).orElseThrow());
        assertThat(stored.programmeId()).isEqualTo("baby-steps");
        assertThat(stored.programmeVersion()).isEqualTo(1);
        assertThat(stored.decidedBy()).isEqualTo("Morgan Manager (demo)");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'site-adaptation' and record_id = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void approvalWithConditionsKeepsTheConditionsAndADecidedRequestCannotBeDecidedAgain() {
        UUID id = evenings();
        signedIn.run(ADMIN, () -> requests.decide(site, id, 0, AdaptationStatus.APPROVED_WITH_CONDITIONS, "Fine",
                "Review after six months"));
        assertThatThrownBy(() -> signedIn.run(MANAGER,
                () -> requests.decide(site, id, 1, AdaptationStatus.DECLINED, "Changed my mind", null)))
                .isInstanceOf(SiteChangeRejectedException.class).hasMessageContaining("no longer awaiting a decision");
        AdaptationRecord stored = signedIn.as(lead, () -> siteAdaptations.find(site, id).orElseThrow());
        assertThat(stored.status()).isEqualTo(AdaptationStatus.APPROVED_WITH_CONDITIONS);
        assertThat(stored.conditions()).isEqualTo("Review after six months");
    }

    @Test
    void aDecisionWithoutReasoningIsExplainedOnThePageAndSavesNothing() throws Exception {
        UUID id = evenings();
        mvc.perform(post("/sites/" + site + "/adaptations/" + id + "/decision").with(user(users.findByEmail(MANAGER).orElseThrow()))
                        .with(csrf()).param("decision", "APPROVED_WITH_CONDITIONS").param("conditions", "Review").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the reasoning for the decision")));
        assertThat(signedIn.as(lead, () -> siteAdaptations.find(site, id).orElseThrow().status()))
                .isEqualTo(AdaptationStatus.REQUESTED);
    }

    @Test
    void aComponentThatIsNotInTheProgrammeIsShownNextToTheFieldAndSavesNothing() throws Exception {
        long before = count();
        mvc.perform(request("free-childcare", "What", "Why", null, today.toString(), null))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"componentCode-error\"")))
                .andExpect(content().string(Matchers.containsString("Select a part of the Baby Steps programme from the list")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void blankWhatAndAnEndBeforeTheStartAreExplained() throws Exception {
        mvc.perform(request("group-size", "", "Why", null, today.toString(), null))
                .andExpect(content().string(Matchers.containsString("Describe what will change")));
        mvc.perform(request("group-size", "Ten families", "Why", null, today.toString(), today.minusDays(1).toString()))
                .andExpect(content().string(Matchers.containsString("End date must be on or after the start date")));
        assertThat(count()).isZero();
    }

    @Test
    void aCoreComponentNeedsAJustificationIsFlaggedAndComesFirstInTheLicensorsQueue() throws Exception {
        mvc.perform(request("co-facilitation", "One facilitator for two sessions", "Sickness", null, today.toString(), null))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is a core component")));
        assertThat(count()).isZero();
        String location = mvc.perform(request("co-facilitation", "One facilitator for two sessions", "Sickness",
                        "A second practitioner joins by video", today.toString(), today.plusWeeks(2).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(users.findByEmail(MANAGER).orElseThrow())))
                .andExpect(content().string(Matchers.containsString("Core component")))
                .andExpect(content().string(Matchers.containsString("A second practitioner joins by video")))
                .andExpect(content().string(Matchers.containsString("Record decision")));
        var queue = signedIn.as(MANAGER, () -> siteAdaptations.queue());
        assertThat(queue).anyMatch(a -> a.site().equals(site) && a.touchesCore())
                .anyMatch(a -> !a.touchesCore())
                .isSortedAccordingTo(Comparator.comparing(AdaptationRecord::touchesCore).reversed());
    }

    @Test
    void theLeadWithdrawsARequestStillAwaitingDecisionAndNobodyCanDecideItAfter() throws Exception {
        UUID id = evenings();
        mvc.perform(post("/sites/" + site + "/adaptations/" + id + "/withdrawal")
                        .with(user(users.findByEmail(lead).orElseThrow())).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(signedIn.as(lead, () -> siteAdaptations.find(site, id).orElseThrow().status()))
                .isEqualTo(AdaptationStatus.WITHDRAWN);
        assertThatThrownBy(() -> signedIn.run(ADMIN, () -> requests.decide(site, id, 1, AdaptationStatus.APPROVED, "Ok", null)))
                .isInstanceOf(SiteChangeRejectedException.class);
    }

    @Test
    void anotherSitesLeadGetsNotFoundForItsRequests() throws Exception {
        UUID id = evenings();
        var southLead = user(users.findByEmail("lead@south.demo").orElseThrow());
        mvc.perform(get("/sites/" + site + "/adaptations").with(southLead)).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + site + "/adaptations/" + id).with(southLead)).andExpect(status().isNotFound());
        mvc.perform(post("/sites/" + site + "/adaptations/" + id + "/withdrawal").with(southLead).with(csrf())
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(post("/sites/" + site + "/adaptations").with(southLead).with(csrf())
                .param("componentCode", "group-size")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> signedIn.run("lead@south.demo", () -> requests.withdraw(site, id, 0)))
                .isInstanceOf(NotFoundException.class);
        // a request asked for under a site it does not belong to is not found either
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        mvc.perform(get("/sites/" + north + "/adaptations/" + id).with(user(users.findByEmail(ADMIN).orElseThrow())))
                .andExpect(status().isNotFound());
        assertThat(signedIn.as(lead, () -> siteAdaptations.find(site, id).orElseThrow().status()))
                .isEqualTo(AdaptationStatus.REQUESTED);
    }

    @Test
    void anApprovedAdaptationThatHasEndedIsNoLongerListedAsApproved() {
        UUID ended = signedIn.as(lead, () -> requests.request(site, new NewAdaptation("group-size", "Ten families",
                "Large waiting list", null, today.minusMonths(3), today.minusDays(1))));
        signedIn.run(ADMIN, () -> requests.decide(site, ended, 0, AdaptationStatus.APPROVED, "For one group", null));
        assertThat(signedIn.as(lead, () -> adaptations.approved(site))).isEmpty();
    }

    @Test
    void approvedDuringAPeriodListsOneThatEndedInsideItButNotOneThatEndedBeforeOrWasNotApproved() {
        UUID endedBefore = approved("group-size", today.minusMonths(6), today.minusMonths(3).minusDays(1));
        UUID endedInside = approved("venue-and-timing", today.minusMonths(4), today.minusMonths(2));
        UUID open = approved("referral-routes", today.minusMonths(1), null);
        UUID startsAfter = approved("session-materials", today.plusDays(1), null);
        UUID declined = evenings();
        signedIn.run(ADMIN, () -> requests.decide(site, declined, 0, AdaptationStatus.DECLINED, "No", null));

        assertThat(signedIn.as(lead, () -> adaptations.approvedDuring(site, today.minusMonths(3), today)))
                .extracting(AdaptationSummary::id).containsExactly(endedInside, open)
                .doesNotContain(endedBefore, startsAfter, declined);
        assertThat(signedIn.as(lead, () -> adaptations.approvedDuring(site, today.minusMonths(2), today.minusMonths(2))))
                .as("the last day of an adaptation is a day it applied").extracting(AdaptationSummary::id)
                .containsExactly(endedInside);
        assertThat(signedIn.as("lead@south.demo", () -> adaptations.approvedDuring(site, today.minusYears(1), today)))
                .as("another site's lead sees none of them").isEmpty();
    }

    @Test
    void theEvidencePackForAPastPeriodListsTheAdaptationsThatAppliedThenEvenIfEndedSince() {
        approved("group-size", today.minusMonths(8), today.minusMonths(6).minusDays(1));
        approved("venue-and-timing", today.minusMonths(7), today.minusMonths(4));
        ReportingPeriod period = new ReportingPeriod(today.minusMonths(6), today.minusMonths(3));

        EvidencePack pack = signedIn.as(ADMIN, () -> packs.forSite(site, period));

        assertThat(pack.adaptations().summary())
                .isEqualTo("1 local adaptation agreed with the licensor applied during this period.");
        assertThat(pack.adaptations().figures()).extracting(EvidencePack.Figure::label)
                .containsExactly("Venue, day and time of sessions");
    }

    private UUID approved(String component, LocalDate from, LocalDate until) {
        UUID id = signedIn.as(lead, () -> requests.request(site, new NewAdaptation(component, "Change to " + component,
                "Local need", null, from, until)));
        signedIn.run(ADMIN, () -> requests.decide(site, id, 0, AdaptationStatus.APPROVED, "Agreed", null));
        return id;
    }

    @Test
    void theDemoNorthSiteHasOneApprovedAdaptationAndOneAwaitingDecision() {
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        assertThat(signedIn.as("lead@north.demo", () -> adaptations.approved(north)))
                .extracting(AdaptationSummary::componentCode).contains("venue-and-timing");
        assertThat(signedIn.as("lead@north.demo", () -> adaptations.awaitingDecision(north)))
                .extracting(AdaptationSummary::componentCode).contains("session-materials");
    }

    private MockHttpServletRequestBuilder request(String component, String what, String why, String justification,
                                                  String from, String until) {
        var request = post("/sites/" + site + "/adaptations").with(user(users.findByEmail(lead).orElseThrow())).with(csrf())
                .param("componentCode", component).param("what", what).param("why", why).param("startsOn", from);
        if (justification != null) {
            request = request.param("coreJustification", justification);
        }
        return until == null ? request : request.param("endsOn", until);
    }

    private long count() {
        return jdbc.sql("select count(*) from site_adaptation where site_id = ?").param(site.value()).query(Long.class).single();
    }
}
