package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.family.FamilyFixtures.postForm;
import static org.babysteps.family.FamilyFixtures.referralForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
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
import org.springframework.test.web.servlet.MvcResult;

/** Referring a family through the pages: saved with its people and audited; duplicates caught; bad input explained. */
@PlatformTest
@AutoConfigureMockMvc
class ReferralPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser midwife;

    @BeforeEach
    void signIn() {
        midwife = users.findByEmail("midwife@north.demo").orElseThrow();
    }

    @Test
    void theReferralFormOffersTheProgrammesChoices() throws Exception {
        mvc.perform(get("/families/new").with(user(midwife)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Health visitor")))
                .andExpect(content().string(containsString("First-time parent")))
                .andExpect(content().string(containsString("Referring to <strong>North Demo Site</strong>")));
    }

    @Test
    void aReferralIsSavedWithItsPeopleAndAudited() throws Exception {
        String first = FamilyFixtures.name();
        String last = FamilyFixtures.name();
        Map<String, String> form = referralForm(first, last);
        form.put("parent2FirstName", "Joe");
        form.put("parent2LastName", last);
        FamilyFixtures.date(form, "parent2DateOfBirth", LocalDate.of(1995, 8, 1));
        form.put("supporterName", "Gran " + last);
        form.put("supporterRelationship", "Grandmother");
        MvcResult result = mvc.perform(postForm("/families", midwife, form))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/families/*"))
                .andReturn();
        UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/families/".length()));

        assertThat(jdbc.sql("select display_name from family where id = ?").param(id).query(String.class).single())
                .isEqualTo(first + " " + last + " and Joe " + last);
        assertThat(jdbc.sql("select role from family_member where family_id = ? order by position").param(id)
                .query(String.class).list()).containsExactly("PARENT", "PARENT", "SUPPORTER");
        assertThat(jdbc.sql("select stage from journey_step where family_id = ?").param(id).query(String.class).list())
                .containsExactly("REFERRED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = 'family' "
                + "and record_id = ? and actor_name = 'midwife@north.demo'").param(id.toString()).query(Long.class).single())
                .isEqualTo(1);

        mvc.perform(get("/families/" + id).with(user(midwife)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(first + " " + last)))
                .andExpect(content().string(containsString("Gran " + last)))
                .andExpect(content().string(containsString("No car; two buses")))
                .andExpect(content().string(containsString("hx-get=\"/families/" + id + "/delivery\"")))
                .andExpect(content().string(containsString("Loading group and visits…")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'VIEW' and record_type = 'family' "
                + "and record_id = ?").param(id.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void aLikelyDuplicateIsShownAndSavedOnlyOnceConfirmed() throws Exception {
        String first = FamilyFixtures.name();
        String last = FamilyFixtures.name();
        Map<String, String> original = referralForm(first, last);
        String existing = mvc.perform(postForm("/families", midwife, original)).andReturn().getResponse().getRedirectedUrl();

        // another referral of the same mother: same name and date of birth, her NHS number and phone not given
        Map<String, String> again = referralForm(first.toUpperCase(), last);
        again.remove("parent1NhsNumber");
        again.remove("parent1Phone");
        long before = familiesNamed(last);
        mvc.perform(postForm("/families", midwife, again))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This family may already have been referred")))
                .andExpect(content().string(containsString("href=\"" + existing + "\"")))
                .andExpect(content().string(containsString("Same name and date of birth")));
        assertThat(familiesNamed(last)).isEqualTo(before);

        again.put("confirmNotDuplicate", "true");
        mvc.perform(postForm("/families", midwife, again)).andExpect(status().is3xxRedirection());
        assertThat(familiesNamed(last)).isEqualTo(before + 1);
    }

    @Test
    void anEmptyReferralShowsEachFieldsMessageAndSavesNothing() throws Exception {
        long before = familyCount();
        mvc.perform(postForm("/families", midwife, Map.of()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select who referred the family")))
                .andExpect(content().string(containsString("Enter the referral date")))
                .andExpect(content().string(containsString("Enter the expected date of delivery")))
                .andExpect(content().string(containsString("Enter the first parent&#39;s first name")))
                .andExpect(content().string(containsString("Enter the first parent&#39;s date of birth")))
                .andExpect(content().string(containsString("Enter the family&#39;s preferred language")))
                .andExpect(content().string(containsString("Select yes if the family needs an interpreter")))
                .andExpect(content().string(containsString("href=\"#referrerSource\"")));
        assertThat(familyCount()).isEqualTo(before);
    }

    @Test
    void overLongNotesAreRefused() throws Exception {
        Map<String, String> form = referralForm(FamilyFixtures.name(), FamilyFixtures.name());
        form.put("notes", "n".repeat(10_000));
        long before = familyCount();
        mvc.perform(postForm("/families", midwife, form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notes must be 2,000 characters or fewer")));
        assertThat(familyCount()).isEqualTo(before);
    }

    @Test
    void scriptInANameIsStoredAsTextAndShownEscaped() throws Exception {
        String last = FamilyFixtures.name();
        String url = mvc.perform(postForm("/families", midwife, referralForm("<script>alert(1)</script>", last)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(url).with(user(midwife)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; " + last)))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/families").param("name", last).with(user(midwife)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; " + last)));
    }

    @Test
    void impossibleDatesAreExplainedAndNothingIsSaved() throws Exception {
        Map<String, String> form = referralForm(FamilyFixtures.name(), FamilyFixtures.name());
        FamilyFixtures.date(form, "expectedDeliveryDate", FamilyFixtures.TODAY.minusWeeks(50));
        FamilyFixtures.date(form, "parent1DateOfBirth", FamilyFixtures.TODAY.plusDays(3));
        form.put("parent2FirstName", "Joe");
        form.put("parent2LastName", "Bloggs");
        form.put("parent2DateOfBirth.day", "31");
        form.put("parent2DateOfBirth.month", "2");
        form.put("parent2DateOfBirth.year", "1990");
        long before = familyCount();
        mvc.perform(postForm("/families", midwife, form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Expected date of delivery must be between")))
                .andExpect(content().string(containsString("First parent&#39;s date of birth must be in the past")))
                .andExpect(content().string(containsString("Second parent&#39;s date of birth must be a real date")));
        assertThat(familyCount()).isEqualTo(before);

        FamilyFixtures.date(form, "parent1DateOfBirth", FamilyFixtures.TODAY.minusYears(75));
        mvc.perform(postForm("/families", midwife, form))
                .andExpect(content().string(containsString("First parent must be 70 or younger on the referral date")));
        assertThat(familyCount()).isEqualTo(before);
    }

    @Test
    void aBadNhsNumberIsRefused() throws Exception {
        Map<String, String> form = referralForm(FamilyFixtures.name(), FamilyFixtures.name());
        form.put("parent1NhsNumber", "943 476 5918");
        long before = familyCount();
        mvc.perform(postForm("/families", midwife, form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First parent&#39;s NHS number is not valid")))
                .andExpect(content().string(containsString("href=\"#parent1NhsNumber\"")));
        form.put("parent1NhsNumber", "12345");
        mvc.perform(postForm("/families", midwife, form))
                .andExpect(content().string(containsString("First parent&#39;s NHS number must be 10 digits")));
        assertThat(familyCount()).isEqualTo(before);
    }

    private long familyCount() {
        return jdbc.sql("select count(*) from family").query(Long.class).single();
    }

    private long familiesNamed(String lastName) {
        return jdbc.sql("select count(distinct family_id) from family_member where last_name = ?").param(lastName)
                .query(Long.class).single();
    }
}
