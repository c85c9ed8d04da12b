package org.babysteps.site.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.site.LifecycleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The readiness pages on a fresh site: the site fills in and submits, the licensor reviews and decides. */
@PlatformTest
@AutoConfigureMockMvc
class ReadinessPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LifecycleFixture fixture;

    private SiteId site;
    private CurrentUser lead;
    private CurrentUser manager;
    private String base;

    @BeforeEach
    void aFreshSite() {
        site = fixture.newSite();
        lead = LifecycleFixture.leadOf(site);
        manager = users.findByEmail("manager@licensor.demo").orElseThrow();
        base = "/sites/" + site;
    }

    @Test
    void theSiteFillsInAndSubmitsAndTheLicensorDecidesWithAConditionTheSiteMarksDone() throws Exception {
        UUID id = start();
        mvc.perform(post(base + "/readiness/" + id + "/criteria/dpia").with(user(LifecycleFixture.facilitatorOf(site))).with(csrf())
                        .param("rating", "PARTLY").param("evidence", "Draft DPIA written").param("revision", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/readiness/" + id + "/submission").with(user(lead)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/readiness/" + id + "/criteria/dpia/comments").with(user(manager)).with(csrf())
                .param("comment", "Send the signed DPIA")).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/readiness/" + id + "/decision").with(user(manager)).with(csrf())
                        .param("outcome", "READY_WITH_CONDITIONS").param("reason", "Nearly there")
                        .param("decidedOn", java.time.LocalDate.now().toString())
                        .param("conditions[0].description", "Sign the DPIA").param("conditions[0].owner", "Tess")
                        .param("conditions[0].dueOn", java.time.LocalDate.now().plusMonths(1).toString()))
                .andExpect(status().is3xxRedirection());
        UUID condition = jdbc.sql("select id from readiness_condition where assessment_id = ?").param(id).query(UUID.class).single();
        mvc.perform(post(base + "/readiness/" + id + "/conditions/" + condition + "/done").with(user(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/readiness/" + id).with(user(lead)))
                .andExpect(content().string(containsString("Ready with conditions")))
                .andExpect(content().string(containsString("Done")));
        mvc.perform(get(base + "/readiness/" + id + "/criteria/dpia").with(user(lead)))
                .andExpect(content().string(containsString("Send the signed DPIA")))
                .andExpect(content().string(containsString("Finn Test-Facilitator")));
    }

    @Test
    void aSecondSaveOnTheSameRevisionIsRefusedInsteadOfOverwritingTheFirst() throws Exception {
        UUID id = start();
        mvc.perform(post(base + "/readiness/" + id + "/criteria/dpia").with(user(lead)).with(csrf())
                .param("rating", "IN_PLACE").param("revision", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/readiness/" + id + "/criteria/dpia").with(user(LifecycleFixture.facilitatorOf(site))).with(csrf())
                        .param("rating", "NOT_IN_PLACE").param("revision", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this criterion")));
        assertThat(jdbc.sql("select rating from readiness_entry where assessment_id = ?").param(id).query(String.class).list())
                .containsExactly("IN_PLACE");
        mvc.perform(post(base + "/readiness/" + id + "/criteria/dpia").with(user(lead)).with(csrf())
                .param("rating", "PARTLY").param("revision", "1")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from readiness_entry where assessment_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysGetsAMessageNextToTheFieldAndNothingIsStored() throws Exception {
        UUID id = start();
        mvc.perform(multipart(base + "/readiness/" + id + "/criteria/dpia/files").file(new MockMultipartFile("file", "dpia.pdf",
                        "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(user(lead)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not what its name says")))
                .andExpect(content().string(containsString("id=\"file-error\"")));
        mvc.perform(multipart(base + "/readiness/" + id + "/criteria/dpia/files").file(new MockMultipartFile("file", "big.txt",
                        "text/plain", new byte[10 * 1024 * 1024 + 1])).with(user(lead)).with(csrf()))
                .andExpect(content().string(containsString("smaller than 10 MB")));
        assertThat(jdbc.sql("select count(*) from readiness_file where assessment_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void evidenceDownloadsAsAnAttachmentOfItsStoredTypeAndARemovedFileStaysInTheHistoryOnly() throws Exception {
        UUID id = start();
        mvc.perform(multipart(base + "/readiness/" + id + "/criteria/senior-buy-in/files")
                        .file(new MockMultipartFile("file", "letter.pdf", "text/html", EvidenceFilePolicyTest.PDF))
                        .with(user(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID file = jdbc.sql("select id from readiness_file where assessment_id = ?").param(id).query(UUID.class).single();
        mvc.perform(get(base + "/readiness/" + id + "/files/" + file).with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(post(base + "/readiness/" + id + "/files/" + file + "/removal").with(user(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/readiness/" + id + "/files/" + file).with(user(manager))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/readiness/" + id + "/criteria/senior-buy-in").with(user(lead)))
                .andExpect(content().string(containsString("removed by Tess Test-Lead")));
        assertThat(jdbc.sql("select count(*) from readiness_file where id = ?").param(file).query(Integer.class).single()).isOne();
    }

    @Test
    void aDecisionWithoutAReasonIsExplainedAndNothingIsDecided() throws Exception {
        UUID id = fixture.submitted(site);
        mvc.perform(post(base + "/readiness/" + id + "/decision").with(user(manager)).with(csrf())
                        .param("outcome", "READY").param("decidedOn", java.time.LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason for the decision")));
        mvc.perform(post(base + "/readiness/" + id + "/decision").with(user(manager)).with(csrf())
                        .param("outcome", "READY_WITH_CONDITIONS").param("reason", "r").param("decidedOn", java.time.LocalDate.now().toString()))
                .andExpect(content().string(containsString("Add at least one condition")));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theLicensorReturnsASubmittedAssessmentWithACommentAndTheSiteCanChangeItAgain() throws Exception {
        UUID id = fixture.submitted(site);
        mvc.perform(post(base + "/readiness/" + id + "/criteria/dpia").with(user(lead)).with(csrf())
                .param("rating", "IN_PLACE").param("revision", "0")).andExpect(content().string(containsString("with the licensor for review")));
        mvc.perform(post(base + "/readiness/" + id + "/return").with(user(manager)).with(csrf()).param("comment", " "))
                .andExpect(content().string(containsString("Say what the site needs to do")));
        mvc.perform(post(base + "/readiness/" + id + "/return").with(user(manager)).with(csrf()).param("comment", "Add the DPIA"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("DRAFT");
        mvc.perform(get(base + "/readiness/" + id).with(user(lead))).andExpect(content().string(containsString("Add the DPIA")));
    }

    @Test
    void aDecidedAssessmentStaysAsItWasAndANewOneIsComparedWithIt() throws Exception {
        UUID first = fixture.decided(site, org.babysteps.site.ReadinessOutcome.NOT_YET);
        UUID second = start();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(post(base + "/readiness").with(user(lead)).with(csrf())).andExpect(status().isUnprocessableEntity());
        mvc.perform(post(base + "/readiness/" + second + "/criteria/senior-buy-in").with(user(lead)).with(csrf())
                .param("rating", "PARTLY").param("revision", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/readiness/comparison").with(user(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Worse")))
                .andExpect(content().string(containsString("1 of 12 criteria changed rating")));
    }

    @Test
    void otherSitesLeadsCommissionersAndUnknownIdsGetNothing() throws Exception {
        UUID id = start();
        CurrentUser southLead = users.findByEmail("lead@south.demo").orElseThrow();
        mvc.perform(get(base + "/readiness/" + id).with(user(southLead))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/readiness/" + UUID.randomUUID()).with(user(lead))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/readiness/not-an-id").with(user(lead))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/readiness/" + id + "/criteria/no-such-criterion").with(user(lead))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/readiness").with(user(users.findByEmail("commissioner@north.demo").orElseThrow())))
                .andExpect(status().isForbidden());
        UUID otherSite = fixture.newSite().value();
        mvc.perform(get("/sites/" + otherSite + "/readiness/" + id).with(user(manager))).andExpect(status().isNotFound());
    }

    @Test
    void theLicensorsQueueListsSubmittedAssessments() throws Exception {
        fixture.submitted(site);
        mvc.perform(get("/readiness").with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(jdbc.sql("select name from site where id = ?")
                        .param(site.value()).query(String.class).single())));
    }

    private UUID start() throws Exception {
        String location = mvc.perform(post(base + "/readiness").with(user(lead)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private String statusOf(UUID id) {
        return jdbc.sql("select status from readiness_assessment where id = ?").param(id).query(String.class).single();
    }
}
