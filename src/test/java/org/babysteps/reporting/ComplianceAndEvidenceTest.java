package org.babysteps.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.LicenceConditionType;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Licence compliance and the evidence pack on the demo data: north has delivered groups, an exception, supervision. */
@PlatformTest
@AutoConfigureMockMvc
class ComplianceAndEvidenceTest {

    private static final String EPDS = "Edinburgh Postnatal Depression Scale (EPDS)";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    LicenceCompliance compliance;
    @Autowired
    EvidencePacks packs;

    private SignedIn signedIn;
    private SiteId north;
    private ReportingPeriod year;

    @BeforeEach
    void northSite() {
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        year = ReportingPeriod.lastTwelveMonths(UkTime.today());
    }

    private ConditionResult condition(SiteCompliance result, LicenceConditionType type) {
        return result.conditions().stream().filter(r -> r.condition().type() == type).findFirst().orElseThrow();
    }

    @Test
    void coFacilitationCountsTheNorthDeliveredSessionsAndShowsTheDemoException() {
        SiteCompliance result = signedIn.as("lead@north.demo", () -> compliance.forSite(north, year));
        ConditionResult pair = condition(result, LicenceConditionType.CO_FACILITATION);
        int delivered = jdbc.sql("select count(*) from group_session where site_id = ? and status = 'DELIVERED'"
                + " and planned_date between ? and ?").params(north.value(), year.from(), year.to()).query(Integer.class).single();
        int withException = jdbc.sql("select count(*) from group_session where site_id = ? and status = 'DELIVERED'"
                + " and exception_reason is not null and planned_date between ? and ?")
                .params(north.value(), year.from(), year.to()).query(Integer.class).single();
        assertThat(pair.total()).isEqualTo(delivered).isPositive();
        assertThat(withException).isPositive();
        assertThat(pair.total() - pair.compliant()).isGreaterThanOrEqualTo(withException);
        assertThat(pair.status()).isNotEqualTo(ComplianceStatus.MET);
        assertThat(pair.sentence()).startsWith((pair.total() - pair.compliant()) + " of " + delivered + " sessions delivered ");
        assertThat(pair.behind()).anySatisfy(line -> assertThat(line).contains("Exception recorded: Family support worker off sick"));
        assertThat(result.overall()).isIn(ComplianceStatus.NOT_MET, ComplianceStatus.AT_RISK);
    }

    @Test
    void theMidwifeOverdueForSupervisionMakesTheSupervisionConditionFail() {
        SiteCompliance result = signedIn.as("lead@north.demo", () -> compliance.forSite(north, year));
        ConditionResult supervision = condition(result, LicenceConditionType.REFLECTIVE_SUPERVISION);
        assertThat(supervision.total()).isGreaterThanOrEqualTo(2);
        assertThat(supervision.behind()).anySatisfy(line -> assertThat(line).startsWith("Maya Midwife-North (demo): overdue from"));
        assertThat(supervision.status()).isNotEqualTo(ComplianceStatus.MET);
    }

    @Test
    void fidelityAndDataReturnsAreJudgedOnTheFinishedGroupAndPastRegisters() {
        SiteCompliance result = signedIn.as("lead@north.demo", () -> compliance.forSite(north, year));
        ConditionResult fidelity = condition(result, LicenceConditionType.FIDELITY);
        // the finished demo group's three completed families had both visits and enough sessions
        assertThat(fidelity.compliant()).isGreaterThanOrEqualTo(3);
        ConditionResult returns = condition(result, LicenceConditionType.DATA_RETURNS);
        // the running group's latest register is left for the facilitators to save
        assertThat(returns.total() - returns.compliant()).isGreaterThanOrEqualTo(1);
        assertThat(returns.behind()).anySatisfy(line -> assertThat(line).contains("Thursday mornings").endsWith("not recorded"));
    }

    @Test
    void aPeriodInTheFutureHasNoDataForAnyCondition() {
        LocalDate next = UkTime.today().plusYears(1);
        SiteCompliance result = signedIn.as("lead@north.demo",
                () -> compliance.forSite(north, new ReportingPeriod(next, next.plusMonths(3))));
        assertThat(result.conditions()).allSatisfy(r -> assertThat(r.status()).isEqualTo(ComplianceStatus.NO_DATA));
        assertThat(result.overall()).isEqualTo(ComplianceStatus.NO_DATA);
    }

    @Test
    void anotherSitesLeadCannotComputeNorthsCompliance() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signedIn.as("lead@south.demo", () -> compliance.forSite(north, year)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCompliancePageShowsStatusSentenceAndWhatIsBehindIt() throws Exception {
        mvc.perform(get("/sites/" + north + "/compliance").param("period", "last-12-months")
                        .with(user(users.findByEmail("lead@north.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Every group session is co-facilitated")))
                .andExpect(content().string(Matchers.containsString("What is behind this")))
                .andExpect(content().string(Matchers.containsString("Exception recorded")));
        mvc.perform(get("/sites/" + north + "/compliance").with(user(users.findByEmail("manager@licensor.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(ReportingPeriod.lastFullQuarter(UkTime.today()).label())));
    }

    @Test
    void customDatesInTheWrongOrderAreShownBackWithAMessage() throws Exception {
        mvc.perform(get("/sites/" + north + "/compliance").param("period", "custom").param("from", "2026-09-30")
                        .param("to", "2026-07-01").with(user(users.findByEmail("lead@north.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is a problem")))
                .andExpect(content().string(Matchers.containsString("The last day must be the same as or after the first day")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("What is behind this"))));
    }

    @Test
    void theEvidencePackSuppressesSmallCountsOfFamiliesAndOfParentsWithOutcomes() {
        EvidencePack pack = signedIn.as("commissioner@north.demo", () -> packs.forSite(north, year));
        long referred = jdbc.sql("select count(*) from family where site_id = ? and referral_date between ? and ?")
                .params(north.value(), year.from(), year.to()).query(Long.class).single();
        String shown = referred < 5 ? "fewer than 5" : Long.toString(referred);
        assertThat(pack.reach().figures()).contains(new EvidencePack.Figure("Referred", shown));
        assertThat(pack.reach().figures()).anySatisfy(f -> assertThat(f.value()).isEqualTo("fewer than 5"));
        int delivered = jdbc.sql("select count(*) from group_session where site_id = ? and status = 'DELIVERED'"
                + " and planned_date between ? and ?").params(north.value(), year.from(), year.to()).query(Integer.class).single();
        assertThat(pack.delivery().figures()).contains(new EvidencePack.Figure("Group sessions delivered", Integer.toString(delivered)));
        assertThat(pack.fidelity().figures()).hasSize(5);
        // the demo's north EPDS pairs: 3 birth parents (not shown) and 5 parents in all (shown)
        assertThat(pack.outcomes().summary()).startsWith("Questionnaire scores of parents who completed the same questionnaire");
        assertThat(pack.outcomes().figures()).contains(new EvidencePack.Figure(EPDS + ": birth parents",
                "Fewer than 5 birth parents completed both " + EPDS + " questionnaires, so the results are not shown."));
        assertThat(pack.outcomes().figures()).anySatisfy(f -> assertThat(f.label()).isEqualTo(EPDS + ": parents"))
                .allSatisfy(f -> assertThat(f.value()).doesNotContain(" of 3 ").doesNotContain(" of 2 "));
    }

    @Test
    void theCommissionerSeesTheirSitesEvidencePackButAnotherSitesIsNotFound() throws Exception {
        var commissioner = users.findByEmail("commissioner@north.demo").orElseThrow();
        mvc.perform(get("/sites/" + north + "/evidence").with(user(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Evidence pack for re-commissioning")))
                .andExpect(content().string(Matchers.containsString("Fewer than 5 birth parents completed both " + EPDS)));
        UUID south = jdbc.sql("select id from site where name = 'South Demo Site'").query(UUID.class).single();
        mvc.perform(get("/sites/" + south + "/evidence").with(user(commissioner))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + south + "/evidence.pdf").with(user(commissioner))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + north + "/compliance").with(user(commissioner))).andExpect(status().isForbidden());
    }

    @Test
    void thePdfOpensWithPdfBoxIsTaggedHasATitleAndCarriesTheKeyFigures() throws Exception {
        var commissioner = users.findByEmail("commissioner@north.demo").orElseThrow();
        byte[] bytes = mvc.perform(get("/sites/" + north + "/evidence.pdf").param("from", year.from().toString())
                        .param("to", year.to().toString()).with(user(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        EvidencePack pack = signedIn.as("commissioner@north.demo", () -> packs.forSite(north, year));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Evidence pack, North Demo Site, " + year.label());
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Evidence pack for re-commissioning", "Group sessions delivered", "Outcomes",
                    pack.outcomes().summary());
            for (EvidencePack.Figure figure : pack.delivery().figures()) {
                assertThat(text).contains(figure.label() + " " + figure.value());
            }
        }
    }

    @Test
    void fromAFundingStreamTheCommissionerGetsThePackForItsPeriodButNotAnotherCommissionersOrSitesStream() throws Exception {
        var commissioner = users.findByEmail("commissioner@north.demo").orElseThrow();
        UUID own = jdbc.sql("select f.id from funding_stream f join agency a on a.id = f.commissioner_id where"
                + " f.site_id = ? and a.name = 'Northshire Integrated Care Board (demo)'").param(north.value())
                .query(UUID.class).single();
        UUID otherCommissioners = jdbc.sql("select f.id from funding_stream f join agency a on a.id = f.commissioner_id"
                + " where f.site_id = ? and a.name <> 'Northshire Integrated Care Board (demo)' limit 1")
                .param(north.value()).query(UUID.class).single();
        UUID southStream = jdbc.sql("select f.id from funding_stream f join site s on s.id = f.site_id"
                + " where s.name = 'South Demo Site' limit 1").query(UUID.class).single();

        mvc.perform(get("/funding/" + own + "/evidence").with(user(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Evidence pack for re-commissioning")))
                .andExpect(content().string(Matchers.containsString("funded by Northshire Integrated Care Board (demo)")));
        mvc.perform(get("/funding/" + own + "/evidence.pdf").with(user(commissioner)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/funding/" + otherCommissioners + "/evidence").with(user(commissioner))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/" + southStream + "/evidence").with(user(commissioner))).andExpect(status().isNotFound());
        mvc.perform(get("/funding/" + southStream + "/evidence.pdf").with(user(commissioner))).andExpect(status().isNotFound());
    }
}
