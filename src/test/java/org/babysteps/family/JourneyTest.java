package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.family.FamilyFixtures.TODAY;
import static org.babysteps.family.FamilyFixtures.as;
import static org.babysteps.family.FamilyFixtures.postForm;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A family's journey: dated steps with reasons and who recorded them; delivery only ever moves it forwards. */
@PlatformTest
@AutoConfigureMockMvc
class JourneyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Consents consents;
    @Autowired
    Families families;
    @Autowired
    FamilyJourney familyJourney;

    private CurrentUser midwife;
    private CurrentUser lead;
    private FamilyId family;

    @BeforeEach
    void aFamily() {
        midwife = users.findByEmail("midwife@north.demo").orElseThrow();
        lead = users.findByEmail("lead@north.demo").orElseThrow();
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        family = as(midwife, () -> registration.refer(new NewReferral(north, FamilyFixtures.referral(FamilyFixtures.parent()), false)));
    }

    @Test
    void contactingAFamilyIsRecordedWithItsDateAndWhoRecordedIt() throws Exception {
        mvc.perform(postForm(journey(), midwife, step("CONTACTED", null))).andExpect(status().is3xxRedirection());
        assertThat(stage()).isEqualTo("CONTACTED");
        assertThat(jdbc.sql("select recorded_by_name from journey_step where family_id = ? and stage = 'CONTACTED'")
                .param(family.value()).query(String.class).single()).isEqualTo("Maya Midwife-North (demo)");
        mvc.perform(get("/families/" + family).with(user(midwife)))
                .andExpect(content().string(containsString("Maya Midwife-North (demo)")));
    }

    @Test
    void closingAFamilyNeedsAReason() throws Exception {
        mvc.perform(postForm(journey(), midwife, step("DECLINED", null)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason")));
        assertThat(stage()).isEqualTo("REFERRED");
        mvc.perform(postForm(journey(), midwife, step("DECLINED", "Not ready to take part")))
                .andExpect(status().is3xxRedirection());
        assertThat(stage()).isEqualTo("DECLINED");
        mvc.perform(get("/families/" + family).with(user(midwife)))
                .andExpect(content().string(containsString("Not ready to take part")))
                .andExpect(content().string(containsString("journey is closed")));
    }

    @Test
    void aFutureDateOrAStepDeliveryRecordsIsRefused() throws Exception {
        Map<String, String> future = step("CONTACTED", null);
        FamilyFixtures.date(future, "on", TODAY.plusDays(1));
        mvc.perform(postForm(journey(), midwife, future))
                .andExpect(content().string(containsString("Date must be today or in the past")));
        mvc.perform(postForm(journey(), midwife, step("ENROLLED", null)))
                .andExpect(content().string(containsString("You cannot record ‘enrolled in a group’")));
        assertThat(stage()).isEqualTo("REFERRED");
    }

    @Test
    void onlyASiteLeadCanReopenAWithdrawnFamily() throws Exception {
        mvc.perform(postForm(journey(), midwife, step("WITHDRAWN", "Family asked to stop"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/families/" + family).with(user(midwife)))
                .andExpect(content().string(not(containsString("Reopen the referral"))));
        mvc.perform(postForm(journey(), midwife, step("REFERRED", "Changed their mind")))
                .andExpect(status().isOk());
        assertThat(stage()).isEqualTo("WITHDRAWN");
        mvc.perform(postForm(journey(), lead, step("REFERRED", "Changed their mind"))).andExpect(status().is3xxRedirection());
        assertThat(stage()).isEqualTo("REFERRED");
    }

    @Test
    void closedOnGivesTheDayAFamilyLeftAndLeavesOutOpenAndReopenedFamilies() throws Exception {
        FamilyId open = as(midwife, () -> registration.refer(new NewReferral(
                new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single()),
                FamilyFixtures.referral(FamilyFixtures.parent()), true)));
        mvc.perform(postForm(journey(), midwife, step("WITHDRAWN", "Family asked to stop"))).andExpect(status().is3xxRedirection());

        assertThat(as(lead, () -> families.closedOn(List.of(family, open)))).isEqualTo(Map.of(family, TODAY));
        CurrentUser southLead = users.findByEmail("lead@south.demo").orElseThrow();
        assertThat(as(southLead, () -> families.closedOn(List.of(family)))).isEmpty();

        mvc.perform(postForm(journey(), lead, step("REFERRED", "Changed their mind"))).andExpect(status().is3xxRedirection());
        assertThat(as(lead, () -> families.closedOn(List.of(family)))).isEmpty();
    }

    @Test
    void deliveryMovesAFamilyForwardsOnlyAndNeverOutOfAClosedStage() {
        as(midwife, () -> families.reachStage(family, JourneyStage.FIRST_VISIT_DONE, TODAY));
        assertThat(stage()).isEqualTo("FIRST_VISIT_DONE");
        UUID mother = as(midwife, () -> families.participants(List.of(family)).get(family).get(0).id());
        as(midwife, () -> consents.give(family, new NewConsent(ConsentPurpose.TAKE_PART, TODAY, mother, Set.of())));
        as(midwife, () -> families.reachStage(family, JourneyStage.ENROLLED, TODAY));
        as(midwife, () -> families.reachStage(family, JourneyStage.FIRST_VISIT_DONE, TODAY));
        assertThat(stage()).isEqualTo("ENROLLED");

        as(midwife, () -> familyJourney.record(family, new JourneyStep(JourneyStage.WITHDRAWN, TODAY, "Family asked to stop")));
        as(midwife, () -> families.reachStage(family, JourneyStage.COMPLETED, TODAY));
        assertThat(stage()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select stage from journey_step where family_id = ? order by recorded_at").param(family.value())
                .query(String.class).list()).containsExactly("REFERRED", "FIRST_VISIT_DONE", "ENROLLED", "WITHDRAWN");
    }

    private String journey() {
        return "/families/" + family + "/journey";
    }

    private Map<String, String> step(String stage, String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("stage", stage);
        FamilyFixtures.date(form, "on", TODAY);
        if (reason != null) {
            form.put("reason", reason);
        }
        return form;
    }

    private String stage() {
        return jdbc.sql("select stage from family where id = ?").param(family.value()).query(String.class).single();
    }
}
