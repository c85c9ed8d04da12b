package org.babysteps.reporting.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The outcomes pages on the demo data, whose questionnaires were all completed today: north's finished groups have
 * paired baseline and end-of-programme scores for every instrument.
 */
@PlatformTest
@AutoConfigureMockMvc
class OutcomesPagesTest {

    private static final String EPDS = "Edinburgh Postnatal Depression Scale (EPDS)";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    private UUID north;
    private UUID south;

    @BeforeEach
    void sites() {
        north = site("North Demo Site");
        south = site("South Demo Site");
    }

    @Test
    void theSitesLeadSeesEachInstrumentWithExactPairsBySentenceAndTable() throws Exception {
        int birthParents = pairs(north, "epds", "BIRTH_PARENT");
        assertThat(birthParents).as("north's finished groups give EPDS pairs").isPositive();

        String page = mvc.perform(get("/sites/" + north + "/outcomes").with(user(account("lead@north.demo"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");

        assertThat(page).contains(EPDS, "Rosenberg Self-Esteem Scale", "Baseline to end of programme",
                "<th scope=\"row\" class=\"govuk-table__header\">Birth parents</th><td class=\"govuk-table__cell\">"
                        + birthParents + "</td>");
        assertThat(page).doesNotContain("fewer than 5").doesNotContain("Figures are shown as they are to anyone beyond the site");
    }

    @Test
    void theLicensorSeesASitesOutcomesAsBeyondTheSiteWithSmallCountsSuppressed() throws Exception {
        int partners = pairs(north, "epds", "PARTNER");
        assertThat(partners).as("the demo has a few north partners with pairs").isBetween(1, 4);

        String page = mvc.perform(get("/sites/" + north + "/outcomes").with(user(account("manager@licensor.demo"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");

        assertThat(page).contains(EPDS, "Figures are shown as they are to anyone beyond the site",
                "<th scope=\"row\" class=\"govuk-table__header\">Partners</th><td class=\"govuk-table__cell\">fewer than 5</td>");
    }

    @Test
    void readingASitesOutcomesIsAuditedOncePerSiteRead() throws Exception {
        long before = audits(north);
        mvc.perform(get("/sites/" + north + "/outcomes").param("later", "end-of-antenatal")
                        .with(user(account("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Baseline to end of antenatal groups, later questionnaire completed")));
        mvc.perform(get("/sites/" + north + "/outcomes").with(user(account("lead@north.demo"))))
                .andExpect(status().isOk());
        // the first view reads the baseline to end-of-antenatal pairs and the second the baseline to end-of-programme
        // pairs: each reads north's scores once
        assertThat(audits(north)).isEqualTo(before + 2);
    }

    @Test
    void anotherSitesLeadGetsNotFoundAFacilitatorIsRefusedAndAnUnknownTimePointIsNotFound() throws Exception {
        mvc.perform(get("/sites/" + north + "/outcomes").with(user(account("lead@south.demo"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + north + "/outcomes").with(user(account("midwife@north.demo"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sites/" + north + "/outcomes").param("later", "baseline").with(user(account("lead@north.demo"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/outcomes").with(user(account("lead@north.demo")))).andExpect(status().isForbidden());
    }

    @Test
    void theNationalPageListsEverySiteWithPairsAndAllSitesAndTheCsvCarriesTheSameRows() throws Exception {
        var manager = account("manager@licensor.demo");
        mvc.perform(get("/outcomes").with(user(manager))).andExpect(status().isOk());
        mvc.perform(get("/outcomes").param("sort", "pairs").with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outcomes by site")))
                .andExpect(content().string(containsString("North Demo Site")))
                .andExpect(content().string(containsString("All sites")))
                .andExpect(content().string(containsString(EPDS)));

        int allEpds = pairs(null, "epds", null);
        String csv = mvc.perform(get("/outcomes.csv").with(user(manager)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Instrument,Site,Parents with both scores,");
        assertThat(csv).contains(EPDS + ",All sites," + (allEpds < 5 ? "fewer than 5" : allEpds) + ",");
        assertThat(csv).contains(EPDS + ",North Demo Site,");
        assertThat(csv).doesNotContain("Unknown site");
    }

    @Test
    void aCsvForAPeriodThatEndsBeforeItStartsIsABadRequestInWords() throws Exception {
        mvc.perform(get("/outcomes.csv").param("from", "2026-07-02").param("to", "2026-07-01")
                        .with(user(account("manager@licensor.demo"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The last day must be the same as or after the first day")))
                .andExpect(content().string(not(containsString("All sites"))));
    }

    @Test
    void aGroupsFacilitatorSeesItsFamiliesPairsExactlyAndAnotherSitesLeadGetsNotFound() throws Exception {
        UUID finished = jdbc.sql("select id from delivery_group where site_id = ? and name like '%(finished)%' limit 1")
                .param(north).query(UUID.class).single();
        int pairsInGroup = jdbc.sql("""
                select count(distinct b.participant_id) from questionnaire_response b join questionnaire_response e
                  on e.participant_id = b.participant_id and e.family_id = b.family_id and e.instrument_code = b.instrument_code
                 and e.time_point = 'end-of-programme' and e.status = 'COMPLETED' and e.total is not null
                where b.time_point = 'baseline' and b.status = 'COMPLETED' and b.total is not null
                  and b.instrument_code = 'epds' and b.family_id in (select family_id from enrolment where group_id = ?)
                """).param(finished).query(Integer.class).single();
        assertThat(pairsInGroup).isPositive();

        String page = mvc.perform(get("/groups/" + finished + "/outcomes").with(user(account("midwife@north.demo"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");
        assertThat(page).contains("Outcomes of the group", EPDS,
                "<th scope=\"row\" class=\"govuk-table__header\">All parents</th><td class=\"govuk-table__cell\">"
                        + pairsInGroup + "</td>");
        mvc.perform(get("/groups/" + finished + "/outcomes").with(user(account("lead@south.demo"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/groups/" + finished + "/outcomes").with(user(account("commissioner@north.demo"))))
                .andExpect(status().isForbidden());
    }

    /** Parents with a completed baseline and end-of-programme score of the instrument, counted independently in SQL. */
    private int pairs(UUID site, String instrument, String role) {
        return jdbc.sql("""
                select count(distinct b.participant_id) from questionnaire_response b join questionnaire_response e
                  on e.participant_id = b.participant_id and e.family_id = b.family_id
                 and e.instrument_code = b.instrument_code and e.time_point = 'end-of-programme' and e.status = 'COMPLETED'
                 and e.total is not null
                where b.time_point = 'baseline' and b.status = 'COMPLETED' and b.total is not null
                  and b.instrument_code = :instrument and (cast(:site as uuid) is null or b.site_id = :site)
                  and (cast(:role as text) is null or b.respondent_role = :role)
                """).param("instrument", instrument).param("site", site).param("role", role)
                .query(Integer.class).single();
    }

    private long audits(UUID site) {
        return jdbc.sql("select count(*) from audit_event where record_type = 'questionnaire-scores' and site_id = ?")
                .param(site).query(Long.class).single();
    }

    private UUID site(String name) {
        return jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single();
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
