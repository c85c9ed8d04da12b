package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The facilitator's home page section of questionnaires due, and the "Completed on" date of the entry form. */
class QuestionnaireDuePagesTest extends NorthQuestionnairePagesTestBase {

    @Test
    void theMidwifesHomeListsHerRunningGroupsFamiliesWithOverdueBaselines() throws Exception {
        UUID family = jdbc.sql("""
                select e.family_id from enrolment e join delivery_group g on g.id = e.group_id
                where g.name = 'Northshire Thursday mornings' and e.status = 'ENROLLED' order by e.enrolled_on limit 1
                """).query(UUID.class).single();
        String page = mvc.perform(get("/").with(user(midwife))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Questionnaires due: ", "/families/" + family + "/questionnaires",
                "Baseline (antenatal home visit)", "Due since ", "Overdue", "govuk-summary-card");
    }

    @Test
    void theEntryFormOffersCompletedOnDefaultingToToday() throws Exception {
        String location = started(fixtures.couple(north, true));
        LocalDate today = UkTime.today();
        String page = mvc.perform(get(location).with(user(midwife))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Completed on").containsPattern("name=\"completedOn-day\"[^>]*value=\""
                + today.getDayOfMonth() + "\"").containsPattern("name=\"completedOn-month\"[^>]*value=\""
                + today.getMonthValue() + "\"").containsPattern("name=\"completedOn-year\"[^>]*value=\""
                + today.getYear() + "\"");
    }

    @Test
    void aCompletedOnDateInTheFutureIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        String location = started(fixtures.couple(north, true));
        LocalDate tomorrow = UkTime.today().plusDays(1);
        mvc.perform(completing(location, tomorrow)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"completedOn-error\"")))
                .andExpect(content().string(containsString("Date completed must be today or in the past")))
                .andExpect(content().string(containsString("href=\"#completedOn\"")));
        assertThat(statusOf(location)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aDateThatIsNotRealIsRefusedAndADateBeforeTheReferralIsRefusedNamingIt() throws Exception {
        String location = started(fixtures.couple(north, true));
        mvc.perform(completing(location, null).param("completedOn-day", "31").param("completedOn-month", "2")
                        .param("completedOn-year", "2026"))
                .andExpect(content().string(containsString("Date completed must be a real date")));
        mvc.perform(completing(location, UkTime.today().minusDays(1)))
                .andExpect(content().string(containsString("on or after the family’s referral date")));
        assertThat(statusOf(location)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aQuestionnaireAnsweredOnPaperLastWeekIsStoredAsCompletedThatDay() throws Exception {
        FamilyId family = fixtures.couple(north, true);
        // the fixture refers families today; this one was referred a month ago, before the paper questionnaire
        jdbc.sql("update family set referral_date = referral_date - 30 where id = ?").param(family.value()).update();
        String location = started(family);
        LocalDate lastWeek = UkTime.today().minusWeeks(1);
        mvc.perform(completing(location, lastWeek)).andExpect(redirectedUrlPattern("/families/*/questionnaires/*"));
        LocalDate stored = jdbc.sql("select (completed_at at time zone 'Europe/London')::date from questionnaire_response"
                + " where id = ?").param(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .query(LocalDate.class).single();
        assertThat(stored).isEqualTo(lastWeek);
        mvc.perform(get(location).with(user(midwife)))
                .andExpect(content().string(containsString(lastWeek.format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))));
    }

    private String started(FamilyId family) throws Exception {
        UUID parent = fixtures.firstParent(family);
        return mvc.perform(post("/families/" + family + "/questionnaires").with(user(midwife)).with(csrf())
                        .param("timePoint", "baseline").param("instrument", "gad-7")
                        .param("participant", parent.toString()).param("role", "BIRTH_PARENT"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder completing(String location, LocalDate on) {
        MockHttpServletRequestBuilder request = post(location).with(user(midwife)).with(csrf()).param("action", "complete");
        QuestionnaireFixtures.answersScoring(instruments.find("gad-7").orElseThrow(), 1)
                .forEach((item, value) -> request.param("item-" + item, String.valueOf(value)));
        if (on != null) {
            request.param("completedOn-day", String.valueOf(on.getDayOfMonth()))
                    .param("completedOn-month", String.valueOf(on.getMonthValue()))
                    .param("completedOn-year", String.valueOf(on.getYear()));
        }
        return request;
    }

    private String statusOf(String location) {
        return jdbc.sql("select status from questionnaire_response where id = ?")
                .param(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).query(String.class).single();
    }
}
