package org.babysteps.reporting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.site.AgencyType;
import org.babysteps.site.NewSite;
import org.babysteps.site.SiteAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.MockMvc;

/** The licensor's sites overview and the lifecycle items on each role's home page, on the demo data. */
@PlatformTest
@AutoConfigureMockMvc
@Transactional
class LifecyclePagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired SiteLifecycleBoard board;
    @Autowired SiteAdministration sites;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
    }

    @Test
    void northIsLicensedInFullDeliveryAndAtRiskBecauseItsFundingEndsBeforeItsLicence() {
        SiteLifecycleRow north = signedIn.as("manager@licensor.demo", () -> board.rows()).stream()
                .filter(row -> row.siteName().equals("North Demo Site")).findFirst().orElseThrow();

        assertThat(north.stage().name()).isEqualTo("FULL_DELIVERY");
        assertThat(north.licenceState().name()).isEqualTo("ACTIVE");
        assertThat(north.fundingTier().name()).isEqualTo("WITHIN_6_MONTHS");
        assertThat(north.risks()).anySatisfy(reason -> assertThat(reason).contains("before the licence ends"));
    }

    @Test
    void theRiskFilterLeavesOnlySitesAtRiskAndTheSiteLeadCannotOpenTheOverview() throws Exception {
        String page = body("/lifecycle?risk=yes&sort=funding-end", "manager@licensor.demo");

        assertThat(page).contains("North Demo Site").doesNotContain("South Demo Site").contains("Ends within 6 months");
        mvc.perform(get("/lifecycle").with(user(users.findByEmail("lead@north.demo").orElseThrow())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCsvHasAHeaderARowPerSiteAndNeutralisesCellsASpreadsheetWouldRunAsFormulas() throws Exception {
        signedIn.run("admin@licensor.demo", () -> sites.create(new NewSite("=HYPERLINK(\"http://x.test\") " + UUID.randomUUID(),
                "Formula (test area)", "Formula Council (test)", AgencyType.CHILDRENS_SERVICES)));

        String csv = body("/lifecycle.csv", "admin@licensor.demo");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(records).extracting(record -> record.get("Site")).contains("North Demo Site", "South Demo Site");
        CSVRecord formula = records.stream().filter(record -> record.get("Site").contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(formula.get("Site")).startsWith("'=");
        assertThat(formula.get("Licence state")).isEqualTo("No licence");
        CSVRecord north = records.stream().filter(record -> record.get("Site").equals("North Demo Site")).findFirst().orElseThrow();
        assertThat(north.get("Sustainability risk")).contains("before the licence ends");
    }

    @Test
    void theSiteLeadsHomeShowsTheOverdueActionTheFundingWarningAndCompliance() throws Exception {
        String home = body("/", "lead@north.demo");

        assertThat(home).contains("Overdue steering group actions", "Secured funding ends", "Licence compliance last quarter",
                "Reflective supervision at least every six weeks: ");
    }

    @Test
    void theMidwifeSeesTheDemoSafeguardingAlertOnHerHomePageAndTheCommissionerDoesNot() throws Exception {
        assertThat(body("/", "midwife@north.demo")).contains("Safeguarding alerts waiting for you", "/alerts/");
        assertThat(body("/", "lead@north.demo")).contains("Safeguarding alerts waiting for you");
        assertThat(body("/", "commissioner@north.demo")).doesNotContain("Safeguarding alerts");
    }

    @Test
    void theLicensorsHomeListsSitesAtSustainabilityRiskWithTheReason() throws Exception {
        String home = body("/", "manager@licensor.demo");

        assertThat(home).contains("Sites at sustainability risk", "before the licence ends");
    }

    @Test
    void theCommissionersHomeShowsTheLicenceAndEvidencePacksOfTheirOwnFundingOnly() throws Exception {
        String home = body("/", "commissioner@north.demo");

        assertThat(home).contains("Active", "/evidence").doesNotContain("Northshire Council Public Health");
        assertThat(home).doesNotContain("Referred");
    }

    private String body(String path, String email) throws Exception {
        return mvc.perform(get(path).with(user(users.findByEmail(email).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void complianceCanBeAskedForTheLicenceToDateAndASiteWithoutALicenceIsToldToChooseAnotherPeriod() throws Exception {
        String north = body("/sites/" + siteId("North Demo Site") + "/compliance?period=licence-to-date", "manager@licensor.demo");
        assertThat(north).contains("Licence to date (since").doesNotContain("govuk-error-summary");

        String east = body("/sites/" + siteId("East Demo Site") + "/compliance?period=licence-to-date", "manager@licensor.demo");
        assertThat(east).contains("govuk-error-summary", "The site has no licence in force yet: choose another period")
                .doesNotContain("Licence to date (since");
    }

    @Test
    void theApprovedAdaptationShowsOnTheLicenceAndInTheEvidencePackButThePendingOneDoesNot() throws Exception {
        UUID north = siteId("North Demo Site");
        String licence = body("/sites/" + north + "/licence", "commissioner@north.demo");
        String pack = body("/sites/" + north + "/evidence", "commissioner@north.demo");

        for (String page : List.of(licence, pack)) {
            assertThat(page).contains("Venue, day and time of sessions").doesNotContain("Local materials and languages");
        }
        assertThat(pack).contains("1 local adaptation agreed with the licensor applied during this period.");
    }

    private UUID siteId(String name) {
        return jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single();
    }
}
