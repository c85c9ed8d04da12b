package org.babysteps.reporting.evaluation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluation data export on the demo data, whose questionnaires were completed today: north's finished groups
 * have baseline and end-of-programme scores for every instrument.
 */
@PlatformTest
@AutoConfigureMockMvc
class EvaluationDataExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private UUID north;
    private String from;
    private String to;

    @BeforeEach
    void northAndTheLastYear() {
        north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        LocalDate today = UkTime.today();
        from = today.minusYears(1).toString();
        to = today.toString();
    }

    @Test
    void theCsvHasTheHeaderAndARowPerCompletedQuestionnaireOfTheSitesParents() throws Exception {
        List<CSVRecord> rows = csvRows(csv("lead@north.demo", from, to));

        assertThat(rows).hasSize(completedResponses(north));
        CSVRecord first = rows.get(0);
        assertThat(first.getParser().getHeaderNames()).startsWith("family_pseudonym", "parent_pseudonym",
                        "respondent_role", "group_pseudonym", "time_point", "instrument_code", "instrument_version",
                        "total_score", "total_prorated", "completion_month", "group_sessions_attended",
                        "completed_programme")
                .contains("subscale: epds epds-3a")
                .anySatisfy(name -> assertThat(name).startsWith("factor: "));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("family_pseudonym")).matches("F-[a-z2-7]{12}");
            assertThat(row.get("parent_pseudonym")).matches("P-[a-z2-7]{12}");
            assertThat(row.get("respondent_role")).isIn("birth parent", "partner");
            // a month, never the day, and none after the period
            assertThat(row.get("completion_month")).matches("\\d{4}-\\d{2}").isLessThanOrEqualTo(to.substring(0, 7));
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("instrument_code")).isEqualTo("epds");
            assertThat(row.get("subscale: epds epds-3a")).matches("\\d+");
            assertThat(row.get("group_pseudonym")).matches("G-[a-z2-7]{12}");
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.get("completed_programme")).isEqualTo("yes"));
    }

    @Test
    void noNameContactDetailOrIdOfTheSitesFamiliesAppearsInEitherFile() throws Exception {
        byte[] csv = csv("lead@north.demo", from, to);
        String xlsxText = String.join("\n", cellTexts(xlsx("lead@north.demo")));
        String csvText = new String(csv, StandardCharsets.UTF_8);
        List<String> personal = jdbc.sql("""
                select v from family_member m, unnest(array[m.name, m.last_name, m.email, m.phone, m.nhs_number,
                    m.family_id::text, m.id::text]) as v
                where m.site_id = ? and v is not null and length(v) >= 4
                union select display_name from family where site_id = ?""")
                .params(north, north).query(String.class).list();

        assertThat(personal).as("the demo north families' details").hasSizeGreaterThan(10);
        for (String value : personal) {
            assertThat(csvText).as("CSV").doesNotContain(value);
            assertThat(xlsxText).as("XLSX").doesNotContain(value);
        }
    }

    @Test
    void twoExportsGiveTheSamePseudonymsSoTheyCanBeMerged() throws Exception {
        List<CSVRecord> first = csvRows(csv("lead@north.demo", from, to));
        List<CSVRecord> second = csvRows(csv("manager@licensor.demo", from, to));

        assertThat(second.stream().map(CSVRecord::toList).toList())
                .isEqualTo(first.stream().map(CSVRecord::toList).toList());
    }

    @Test
    void aPeriodBeforeAnyQuestionnaireGivesTheHeaderAndNoRows() throws Exception {
        LocalDate today = UkTime.today();
        List<CSVRecord> rows = csvRows(csv("lead@north.demo", today.minusYears(2).toString(),
                today.minusYears(1).toString()));

        assertThat(rows).isEmpty();
    }

    @Test
    void theXlsxOpensWithADataSheetLikeTheCsvAndAnAboutSheet() throws Exception {
        int responses = completedResponses(north);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx("lead@north.demo")))) {
            Sheet data = workbook.getSheet("Data");
            Sheet about = workbook.getSheet("About this data");

            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("family_pseudonym");
            assertThat(data.getLastRowNum()).isEqualTo(responses);
            assertThat(data.getRow(1).getCell(6).getNumericCellValue()).isPositive();
            assertThat(String.join("\n", texts(about))).contains("Period", from + " to " + to, "Generated at",
                    "do not publish counts under 5", "HMAC-SHA256", "family_pseudonym");
        }
    }

    @Test
    void theSitesEvaluatorMayExportAndEachExportIsAuditedOnce() throws Exception {
        String email = "evaluator-" + UUID.randomUUID() + "@export.test";
        SystemIdentity.runAs("test", Set.of(Role.LICENSOR_ADMIN), () -> accounts.create(new NewUserAccount(email,
                "Evaluator", null, Set.of(Role.EVALUATOR), Set.of(new SiteId(north)), "a-long-password-1")));
        long before = audits();

        csv(email, from, to);

        assertThat(audits()).isEqualTo(before + 1);
        String detail = jdbc.sql("""
                select detail from audit_event where record_type = 'evaluation-data' and site_id = ?
                order by seq desc limit 1""").param(north).query(String.class).single();
        assertThat(detail).isEqualTo("csv " + from + " to " + to + ": " + completedResponses(north) + " rows");
    }

    @Test
    void anotherSitesLeadGetsNotFoundAndCommissionersAndFacilitatorsAreRefused() throws Exception {
        mvc.perform(get("/sites/" + north + "/evaluation-data.csv").param("from", from).param("to", to)
                .with(user(account("lead@south.demo")))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + UUID.randomUUID() + "/evaluation-data.xlsx").param("from", from).param("to", to)
                .with(user(account("manager@licensor.demo")))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/not-a-site/evaluation-data.csv").param("from", from).param("to", to)
                .with(user(account("manager@licensor.demo")))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + north + "/evaluation-data.csv").param("from", from).param("to", to)
                .with(user(account("commissioner@north.demo")))).andExpect(status().isForbidden());
        mvc.perform(get("/sites/" + north + "/evaluation-data.xlsx").param("from", from).param("to", to)
                .with(user(account("midwife@north.demo")))).andExpect(status().isForbidden());
    }

    @Test
    void aMissingOrReversedPeriodIsABadRequestAsProblemDetailsAndNothingIsAudited() throws Exception {
        long before = audits();
        mvc.perform(get("/sites/" + north + "/evaluation-data.csv").param("from", from)
                        .with(user(account("lead@north.demo"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Give the end of the period as to=YYYY-MM-DD"))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/sites/" + north + "/evaluation-data.xlsx").param("from", to).param("to", from)
                        .with(user(account("lead@north.demo"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid period"));
        mvc.perform(get("/sites/" + north + "/evaluation-data.csv").param("from", "yesterday").param("to", to)
                .with(user(account("lead@north.demo")))).andExpect(status().isBadRequest());

        assertThat(audits()).isEqualTo(before);
    }

    private byte[] csv(String email, String from, String to) throws Exception {
        return mvc.perform(get("/sites/" + north + "/evaluation-data.csv").param("from", from).param("to", to)
                        .with(user(account(email))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private byte[] xlsx(String email) throws Exception {
        return mvc.perform(get("/sites/" + north + "/evaluation-data.xlsx").param("from", from).param("to", to)
                        .with(user(account(email))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<CSVRecord> csvRows(byte[] csv) throws IOException {
        CSVFormat format = CSVFormat.EXCEL.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format)) {
            return parser.getRecords();
        }
    }

    private static List<String> cellTexts(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> all = new ArrayList<>(texts(workbook.getSheetAt(0)));
            all.addAll(texts(workbook.getSheetAt(1)));
            return all;
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.toString());
            }
        }
        return texts;
    }

    /** Completed questionnaires of the site's parents up to today, counted independently in SQL. */
    private int completedResponses(UUID site) {
        return jdbc.sql("""
                select count(*) from questionnaire_response where site_id = ? and status = 'COMPLETED'
                  and (completed_at at time zone 'Europe/London')::date <= current_date""")
                .param(site).query(Integer.class).single();
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_event where record_type = 'evaluation-data' and site_id = ?")
                .param(north).query(Long.class).single();
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
