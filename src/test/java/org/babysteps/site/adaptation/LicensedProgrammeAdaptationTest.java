package org.babysteps.site.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.site.AdaptationRequests;
import org.babysteps.site.LicenceAdministration;
import org.babysteps.site.LifecycleFixture;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.NewLicence;
import org.babysteps.site.ReadinessOutcome;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.Sites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A site licensed under version 1 of a programme whose version 2 changed its components: its adaptation requests
 * are checked against version 1, the one it agreed to deliver, not the current version or the default programme.
 */
@PlatformTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "babysteps.programmes.locations=classpath*:programmes/*.yml,classpath*:programmes-versions-test/*.yml")
class LicensedProgrammeAdaptationTest {

    private static final ProgrammeId NEXT_STEPS = new ProgrammeId("next-steps");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    LifecycleFixture fixture;
    @Autowired
    LicenceAdministration licences;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Sites sites;
    @Autowired
    AdaptationRequests requests;
    @Autowired
    SiteAdaptations adaptations;

    private SignedIn signedIn;
    private SiteId site;
    private String lead;

    @BeforeEach
    void aSiteLicensedUnderVersionOneOfNextSteps() {
        signedIn = new SignedIn(users);
        site = fixture.newSite();
        lead = "lead-" + UUID.randomUUID() + "@licensed-programme.test";
        signedIn.run("admin@licensor.demo", () -> accounts.create(new NewUserAccount(lead, "Lin Licensed-Lead",
                sites.agenciesOf(site).get(0).id(), Set.of(Role.SITE_LEAD), Set.of(site), "test-password-1")));
        fixture.decided(site, ReadinessOutcome.READY);
        UUID licence = signedIn.as("manager@licensor.demo", () -> licences.issue(new NewLicence(site, NEXT_STEPS,
                UkTime.today().minusYears(1), null, true, List.of())));
        // issued before version 2 was published: a licence keeps the version it was issued under
        jdbc.sql("update licence set programme_version = 1 where id = ?").param(licence).update();
    }

    @Test
    void aComponentOnlyInTheLicensedVersionIsAcceptedAndTheRequestRecordsThatVersion() {
        UUID id = signedIn.as(lead, () -> requests.request(site, new NewAdaptation("video-platform",
                "Sessions on the council's own video platform", "Families already use it", null, UkTime.today(), null)));

        AdaptationRecord stored = signedIn.as(lead, () -> adaptations.find(site, id).orElseThrow());
        assertThat(stored.programmeId()).isEqualTo("next-steps");
        assertThat(stored.programmeVersion()).isEqualTo(1);
        assertThat(stored.componentTitle()).isEqualTo("Video platform for the online sessions");
    }

    @Test
    void componentsOfTheCurrentVersionOrTheDefaultProgrammeAreRefused() {
        for (String notInVersionOne : List.of("session-length", "venue-and-timing")) {
            assertThatThrownBy(() -> signedIn.run(lead, () -> requests.request(site, new NewAdaptation(notInVersionOne,
                    "What", "Why", null, UkTime.today(), null))))
                    .isInstanceOf(SiteChangeRejectedException.class)
                    .hasMessageContaining("Select a part of the Next Steps (remote) programme");
        }
    }

    @Test
    void theRequestFormOffersTheLicensedVersionsComponentsAndAcceptsThem() throws Exception {
        var asLead = user(users.findByEmail(lead).orElseThrow());
        String form = mvc.perform(get("/sites/" + site + "/adaptations/new").with(asLead))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("For the Next Steps (remote) programme, version 1", "Video platform for the online sessions")
                .doesNotContain("Length of the online sessions", "Venue, day and time of sessions");

        mvc.perform(post("/sites/" + site + "/adaptations").with(asLead).with(csrf())
                        .param("componentCode", "video-platform").param("what", "Council platform").param("why", "Familiar")
                        .param("startsOn", UkTime.today().toString()))
                .andExpect(status().is3xxRedirection());
    }
}
