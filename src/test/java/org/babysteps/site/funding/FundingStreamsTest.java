package org.babysteps.site.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.FundingStreamSummary;
import org.babysteps.site.FundingStreams;
import org.babysteps.site.FundingWarningTier;
import org.babysteps.site.FundingWarnings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Funding streams on the real database: recording, bad input, editing, and who sees which stream. */
@PlatformTest
@AutoConfigureMockMvc
class FundingStreamsTest {

    private static final String LEAD = "lead@north.demo";
    private static final String COMMISSIONER = "commissioner@north.demo";
    private static final String ICB = "Northshire Integrated Care Board (demo)";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    FundingService funding;
    @Autowired
    FundingStreams fundingStreams;
    @Autowired
    FundingWarnings fundingWarnings;

    private SignedIn signedIn;
    private SiteId north;
    private final LocalDate today = UkTime.today();

    @BeforeEach
    void northSite() {
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    private MockHttpServletRequestBuilder form(String path, String email, String commissionerId, String newCommissioner,
                                               String amount, String start, String end, String paysFor) {
        return post(path).with(user(users.findByEmail(email).orElseThrow())).with(csrf())
                .param("commissionerId", commissionerId).param("newCommissionerName", newCommissioner)
                .param("contactName", "Casey Contact (test)").param("contactEmail", "casey@example.org")
                .param("amount", amount).param("startsOn", start).param("endsOn", end).param("paysFor", paysFor)
                // never SECURED: the demo's north funding must keep ending within six months for other tests
                .param("status", "BID_SUBMITTED").param("version", "0");
    }

    private long streamsPaying(String paysFor) {
        return jdbc.sql("select count(*) from funding_stream where pays_for = ?").param(paysFor).query(Long.class).single();
    }

    private UUID otherCommissionersStream(String paysFor) {
        return signedIn.as(LEAD, () -> funding.create(north, new FundingStreamDetails(null, "Other commissioner " + UUID.randomUUID(),
                null, null, new BigDecimal("1000"), today, today.plusYears(1), paysFor, FundingStatus.VERBAL)));
    }

    @Test
    void theLeadRecordsAStreamFromANewCommissionerWhichIsThenRecordedAsACommissioner() throws Exception {
        String commissioner = "Test Council Public Health " + UUID.randomUUID();
        String paysFor = "Venues " + UUID.randomUUID();
        mvc.perform(form("/sites/" + north + "/funding", LEAD, "", commissioner, "£12,500.50",
                        today.toString(), today.plusYears(1).toString(), paysFor))
                .andExpect(status().is3xxRedirection());

        FundingStreamSummary stream = signedIn.as(LEAD, () -> fundingStreams.forSite(north)).stream()
                .filter(s -> s.paysFor().equals(paysFor)).findFirst().orElseThrow();
        assertThat(stream.commissionerName()).isEqualTo(commissioner);
        assertThat(stream.amount()).isEqualByComparingTo("12500.50");
        assertThat(jdbc.sql("select type from agency where name = ?").param(commissioner).query(String.class).single())
                .isEqualTo("COMMISSIONER");
        assertThat(jdbc.sql("select detail from audit_event where record_type = 'funding-stream' and record_id = ?")
                .param(stream.id().toString()).query(String.class).single()).contains(commissioner);
    }

    @Test
    void anEndBeforeTheStartIsShownNextToTheEndDateAndNothingIsSaved() throws Exception {
        String paysFor = "Backwards " + UUID.randomUUID();
        mvc.perform(form("/sites/" + north + "/funding", LEAD, "", "Backwards body " + UUID.randomUUID(), "100",
                        today.toString(), today.minusDays(1).toString(), paysFor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("End date must be the same as or after the start date")))
                .andExpect(content().string(containsString("href=\"#endsOn\"")));
        assertThat(streamsPaying(paysFor)).isZero();
    }

    @Test
    void aNegativeAmountIsRefusedAndCreatesNoCommissioner() throws Exception {
        String paysFor = "Negative " + UUID.randomUUID();
        String commissioner = "Negative body " + UUID.randomUUID();
        mvc.perform(form("/sites/" + north + "/funding", LEAD, "", commissioner, "-5", today.toString(),
                        today.plusDays(1).toString(), paysFor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Amount must be £0 or more")));
        assertThat(streamsPaying(paysFor)).isZero();
        assertThat(jdbc.sql("select count(*) from agency where name = ?").param(commissioner).query(Long.class).single()).isZero();
    }

    @Test
    void aBlankCommissionerAndUnreadableFieldsEachGetTheirMessage() throws Exception {
        mvc.perform(form("/sites/" + north + "/funding", LEAD, "", "  ", "lots", "31/02/2027", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the commissioner or enter the name of a new one")))
                .andExpect(content().string(containsString("Amount must be a number of pounds")))
                .andExpect(content().string(containsString("Start date must be a real date")))
                .andExpect(content().string(containsString("Enter the end date")))
                .andExpect(content().string(containsString("Enter what the funding pays for")));
    }

    @Test
    void aCommissionerSeesOnlyTheStreamsTheirOwnOrganisationPaysFor() throws Exception {
        String paysFor = "Someone else's money " + UUID.randomUUID();
        UUID other = otherCommissionersStream(paysFor);

        assertThat(signedIn.as(COMMISSIONER, () -> fundingStreams.forSite(north)))
                .isNotEmpty().allSatisfy(s -> assertThat(s.commissionerName()).isEqualTo(ICB));
        assertThat(signedIn.as(COMMISSIONER, () -> fundingStreams.find(other))).isEmpty();
        assertThat(signedIn.as(LEAD, () -> fundingStreams.find(other))).isPresent();

        var commissioner = user(users.findByEmail(COMMISSIONER).orElseThrow());
        mvc.perform(get("/funding/" + other).with(commissioner)).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + north + "/funding").with(commissioner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ICB)))
                .andExpect(content().string(not(containsString(paysFor))))
                .andExpect(content().string(not(containsString("Add a funding stream"))));
        UUID own = signedIn.as(COMMISSIONER, () -> fundingStreams.forSite(north)).get(0).id();
        mvc.perform(get("/funding/" + own).with(commissioner))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Save changes"))));
        mvc.perform(post("/funding/" + own).with(commissioner).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void anotherSitesLeadGetsNotFoundForNorthsStreamAndCannotChangeIt() throws Exception {
        UUID stream = signedIn.as(LEAD, () -> fundingStreams.forSite(north)).get(0).id();
        var south = user(users.findByEmail("lead@south.demo").orElseThrow());

        mvc.perform(get("/funding/" + stream).with(south)).andExpect(status().isNotFound());
        mvc.perform(get("/funding/not-an-id").with(south)).andExpect(status().isNotFound());
        mvc.perform(get("/funding/" + UUID.randomUUID()).with(user(users.findByEmail(LEAD).orElseThrow())))
                .andExpect(status().isNotFound());
        mvc.perform(form("/funding/" + stream, "lead@south.demo", "", "Takeover " + UUID.randomUUID(), "1",
                today.toString(), today.toString(), "Takeover")).andExpect(status().isNotFound());
        assertThat(signedIn.as("lead@south.demo", () -> fundingStreams.find(stream))).isEmpty();
    }

    @Test
    void aStaleEditIsRefusedWithoutLosingTheNewerSave() throws Exception {
        UUID stream = otherCommissionersStream("Edited " + UUID.randomUUID());
        UUID commissioner = signedIn.as(LEAD, () -> fundingStreams.find(stream)).orElseThrow().commissioner().value();

        mvc.perform(form("/funding/" + stream, LEAD, commissioner.toString(), "", "2000", today.toString(),
                today.plusYears(2).toString(), "First save")).andExpect(status().is3xxRedirection());
        mvc.perform(form("/funding/" + stream, LEAD, commissioner.toString(), "", "3000", today.toString(),
                        today.plusYears(3).toString(), "Stale save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this funding stream")));

        FundingStreamSummary saved = signedIn.as(LEAD, () -> fundingStreams.find(stream)).orElseThrow();
        assertThat(saved.paysFor()).isEqualTo("First save");
        assertThat(saved.amount()).isEqualByComparingTo("2000");
        assertThat(jdbc.sql("select detail from audit_event where record_type = 'funding-stream' and record_id = ?"
                        + " and action = 'UPDATE'").param(stream.toString()).query(String.class).single())
                .contains("amount 1000 -> 2000").contains("status VERBAL -> BID_SUBMITTED");
    }

    @Test
    void northsDemoFundingEndsWithinSixMonthsAndTheWarningIsShown() throws Exception {
        assertThat(signedIn.as(LEAD, () -> fundingWarnings.warning(north)).tier()).isEqualTo(FundingWarningTier.WITHIN_6_MONTHS);
        assertThat(signedIn.as(LEAD, () -> fundingStreams.securedUntil(north))).contains(today.plusMonths(5));

        mvc.perform(get("/sites/" + north + "/funding").with(user(users.findByEmail(LEAD).orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-warning-text")))
                .andExpect(content().string(containsString("Secured funding ends on")));
        mvc.perform(get("/funding").with(user(users.findByEmail("manager@licensor.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ends within 6 months")))
                .andExpect(content().string(containsString("Southmoor Council Public Health (demo)")));
    }
}
