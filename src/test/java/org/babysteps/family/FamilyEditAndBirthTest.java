package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.family.FamilyFixtures.TODAY;
import static org.babysteps.family.FamilyFixtures.postForm;
import static org.babysteps.family.FamilyFixtures.referralForm;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
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

/** Changing a family's details (optimistically) and recording the baby's birth. */
@PlatformTest
@AutoConfigureMockMvc
class FamilyEditAndBirthTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser midwife;
    private CurrentUser lead;
    private String lastName;
    private UUID family;

    @BeforeEach
    void aFamily() throws Exception {
        midwife = users.findByEmail("midwife@north.demo").orElseThrow();
        lead = users.findByEmail("lead@north.demo").orElseThrow();
        lastName = FamilyFixtures.name();
        String url = mvc.perform(postForm("/families", midwife, referralForm("Amira", lastName)))
                .andReturn().getResponse().getRedirectedUrl();
        family = UUID.fromString(url.substring("/families/".length()));
    }

    @Test
    void theEditFormShowsTheStoredDetails() throws Exception {
        mvc.perform(get("/families/" + family + "/edit").with(user(midwife)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + lastName + "\"")))
                .andExpect(content().string(containsString("No car; two buses")));
    }

    @Test
    void aStaleEditIsRefusedWithoutLosingTheNewerSave() throws Exception {
        Map<String, String> first = referralForm("Amira", lastName);
        first.put("parent2FirstName", "Joe");
        first.put("parent2LastName", lastName);
        FamilyFixtures.date(first, "parent2DateOfBirth", TODAY.minusYears(30));
        first.put("version", "0");
        mvc.perform(postForm("/families/" + family, lead, first)).andExpect(status().is3xxRedirection());

        Map<String, String> second = referralForm("Amina", lastName);
        second.put("version", "0");
        mvc.perform(postForm("/families/" + family, midwife, second))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this family")))
                .andExpect(content().string(containsString("value=\"Amina\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("select display_name from family where id = ?").param(family).query(String.class).single())
                .isEqualTo("Amira " + lastName + " and Joe " + lastName);
    }

    @Test
    void takingTheSecondParentOffKeepsTheirRecordForHistory() throws Exception {
        Map<String, String> withTwo = referralForm("Amira", lastName);
        withTwo.put("parent2FirstName", "Joe");
        withTwo.put("parent2LastName", lastName);
        FamilyFixtures.date(withTwo, "parent2DateOfBirth", TODAY.minusYears(30));
        withTwo.put("version", "0");
        mvc.perform(postForm("/families/" + family, midwife, withTwo)).andExpect(status().is3xxRedirection());
        Map<String, String> withOne = referralForm("Amira", lastName);
        withOne.put("version", "1");
        mvc.perform(postForm("/families/" + family, midwife, withOne)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from family_member where family_id = ? and removed_at is not null")
                .param(family).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select display_name from family where id = ?").param(family).query(String.class).single())
                .isEqualTo("Amira " + lastName);
    }

    @Test
    void aBirthIsRecordedAndAudited() throws Exception {
        mvc.perform(postForm("/families/" + family + "/birth", midwife, birth(TODAY, "39", "2", "3400", "Noor")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/families/" + family).with(user(midwife)))
                .andExpect(content().string(containsString("39 weeks and 2 days")))
                .andExpect(content().string(containsString("3,400 grams")));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'baby' and record_id = ?")
                .param(family.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anImpossibleBirthIsExplainedAndNotSaved() throws Exception {
        mvc.perform(postForm("/families/" + family + "/birth", midwife, birth(TODAY.minusDays(1), "50", "9", "99", null)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must be on or after the referral date")))
                .andExpect(content().string(containsString("Gestation at birth must be between 22 and 44 weeks")))
                .andExpect(content().string(containsString("Days of gestation must be between 0 and 6")))
                .andExpect(content().string(containsString("Birth weight must be between 300 and 6,500 grams")));
        mvc.perform(postForm("/families/" + family + "/birth", midwife, birth(TODAY.plusDays(2), "x", "1", "3000", null)))
                .andExpect(content().string(containsString("The baby&#39;s date of birth must be today or in the past")))
                .andExpect(content().string(containsString("Enter a whole number")));
        assertThat(jdbc.sql("select count(*) from baby where family_id = ?").param(family).query(Long.class).single())
                .isZero();
    }

    private static Map<String, String> birth(java.time.LocalDate born, String weeks, String days, String grams, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        FamilyFixtures.date(form, "dateOfBirth", born);
        form.put("gestationWeeks", weeks);
        form.put("gestationDays", days);
        form.put("birthWeightGrams", grams);
        form.put("deliveryMode", "SPONTANEOUS_VAGINAL");
        if (name != null) {
            form.put("babyName", name);
        }
        return form;
    }
}
