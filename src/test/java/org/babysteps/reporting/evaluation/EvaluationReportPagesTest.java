package org.babysteps.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local evaluation reports on the demo data: north's report is shared with north's commissioner, south's is a draft.
 * Each test rolls back what it changes.
 */
@PlatformTest
@AutoConfigureMockMvc
@Transactional
class EvaluationReportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;

    private UUID north;
    private UUID northReport;
    private UUID southReport;

    @BeforeEach
    void demoReports() {
        north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        northReport = report("North Demo Site");
        southReport = report("South Demo Site");
    }

    private UUID report(String site) {
        // the demo's report: the site's first
        return jdbc.sql("select r.id from evaluation_report r join site s on s.id = r.site_id where s.name = ?"
                        + " order by r.created_at, r.id limit 1")
                .param(site).query(UUID.class).single();
    }

    private CurrentUser as(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    @Test
    void theCommissionerWhoFundsNorthReadsItsSharedReportWithChartsOutcomesAgainstAllSitesAndMethods() throws Exception {
        mvc.perform(get("/evaluation/" + northReport).with(user(as("commissioner@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Families from referral to completion")))
                .andExpect(content().string(containsString("Who was reached, by vulnerability factor")))
                .andExpect(content().string(containsString("All sites, all parents")))
                .andExpect(content().string(containsString("Average EPDS score, baseline and end of programme")))
                .andExpect(content().string(containsString("No comparison group")))
                .andExpect(content().string(containsString("Challenges and what we learned")))
                // the commissioner neither writes the report nor downloads row-level data
                .andExpect(content().string(not(containsString("Take back to draft"))))
                .andExpect(content().string(not(containsString("evaluation-data.csv"))));
    }

    @Test
    void thePdfHasTheSameFiguresAndTheSiteNarrative() throws Exception {
        byte[] pdf = mvc.perform(get("/evaluation/" + northReport + ".pdf").with(user(as("commissioner@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Baby Steps in Northshire: report for the ICB", "Families from referral to completion",
                    "All sites, all parents", "Transport to the Tuesday venue", "No comparison group");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
        }
    }

    @Test
    void aCommissionerCannotOpenTheReportOfASiteTheyDoNotFundNorADraft() throws Exception {
        mvc.perform(get("/evaluation/" + southReport).with(user(as("commissioner@north.demo")))).andExpect(status().isNotFound());
        mvc.perform(get("/evaluation/" + southReport + ".pdf").with(user(as("commissioner@north.demo"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + southSite() + "/evaluation").with(user(as("commissioner@north.demo"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherSitesLeadGetsNotFoundForNorthsReportAndItsNarrativeForm() throws Exception {
        mvc.perform(get("/evaluation/" + northReport).with(user(as("lead@south.demo")))).andExpect(status().isNotFound());
        mvc.perform(post("/evaluation/" + northReport + "/withdraw").param("version", "1").with(csrf())
                .with(user(as("lead@south.demo")))).andExpect(status().isNotFound());
    }

    @Test
    void takingTheReportBackToDraftHidesItFromTheCommissionerUntilItIsSharedAgain() throws Exception {
        int version = version(northReport);
        mvc.perform(post("/evaluation/" + northReport + "/withdraw").param("version", Integer.toString(version))
                .with(csrf()).with(user(as("lead@north.demo")))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/" + northReport).with(user(as("commissioner@north.demo")))).andExpect(status().isNotFound());
        mvc.perform(post("/evaluation/" + northReport + "/share").param("version", Integer.toString(version + 1))
                .with(csrf()).with(user(as("lead@north.demo")))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluation/" + northReport).with(user(as("commissioner@north.demo")))).andExpect(status().isOk());
        assertThat(audits(northReport)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void startingAReportWithBadInputSaysWhatIsWrongNextToEachFieldAndSavesNothing() throws Exception {
        int before = count();
        mvc.perform(post("/sites/" + north + "/evaluation").param("title", " ").param("from", "2026-10-01")
                        .param("to", "2026-09-01").with(csrf()).with(user(as("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a title for the report")))
                .andExpect(content().string(containsString("The last day must be the same as or after the first day")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post("/sites/" + north + "/evaluation").param("title", "Next year").param("from", UkTime.today().toString())
                        .param("to", UkTime.today().plusDays(30).toString()).with(csrf()).with(user(as("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The period must end today or earlier")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aLeadStartsAReportAndWritesItsNarrativeButATooLongSectionOrAStaleVersionSavesNothing() throws Exception {
        String location = mvc.perform(post("/sites/" + north + "/evaluation").param("title", "Quarter report")
                        .param("from", UkTime.today().minusMonths(3).toString()).param("to", UkTime.today().toString())
                        .with(csrf()).with(user(as("lead@north.demo"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.split("/")[2]);
        mvc.perform(post("/evaluation/" + id + "/narrative").param("version", "0").param("wentWell", "x".repeat(5001))
                        .param("context", "Kept?").with(csrf()).with(user(as("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep “What went well” to 5,000 characters or fewer; it has 5,001")));
        assertThat(sections(id)).isZero();
        mvc.perform(post("/evaluation/" + id + "/narrative").param("version", "0").param("context", "Our first quarter.")
                .with(csrf()).with(user(as("lead@north.demo")))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/evaluation/" + id + "/narrative").param("version", "0").param("context", "An older reading")
                        .with(csrf()).with(user(as("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this report")));
        assertThat(jdbc.sql("select body from evaluation_narrative where report_id = ?").param(id).query(String.class).single())
                .isEqualTo("Our first quarter.");
    }

    @Test
    void aSharedReportsNarrativeCannotBeChangedWithoutTakingItBackToDraft() throws Exception {
        mvc.perform(post("/evaluation/" + northReport + "/narrative").param("version", Integer.toString(version(northReport)))
                        .param("context", "Changed after sharing").with(csrf()).with(user(as("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Take it back to draft before you change it")));
    }

    private UUID southSite() {
        return jdbc.sql("select id from site where name = 'South Demo Site'").query(UUID.class).single();
    }

    private int version(UUID id) {
        return jdbc.sql("select version from evaluation_report where id = ?").param(id).query(Integer.class).single();
    }

    private int count() {
        return jdbc.sql("select count(*) from evaluation_report").query(Integer.class).single();
    }

    private int sections(UUID id) {
        return jdbc.sql("select count(*) from evaluation_narrative where report_id = ?").param(id).query(Integer.class).single();
    }

    private int audits(UUID id) {
        return jdbc.sql("select count(*) from audit_event where record_type = 'evaluation-report' and record_id = ?")
                .param(id.toString()).query(Integer.class).single();
    }
}
