package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.family.FamilyFixtures.TODAY;
import static org.babysteps.family.FamilyFixtures.as;
import static org.babysteps.family.FamilyFixtures.postForm;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Consent is per purpose, dated and revocable: a withdrawal stops that use at once, is audited and published;
 * actions that need consent fail without it; the history is kept.
 */
@PlatformTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ConsentTest {

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
    ApplicationEvents events;

    private CurrentUser midwife;
    private SiteId north;
    private FamilyId family;
    private UUID mother;

    @BeforeEach
    void aFamily() {
        midwife = users.findByEmail("midwife@north.demo").orElseThrow();
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        family = as(midwife, () -> registration.refer(new NewReferral(north, FamilyFixtures.referral(FamilyFixtures.parent()), false)));
        mother = as(midwife, () -> families.participants(List.of(family)).get(family).get(0).id());
    }

    @Test
    void withdrawingConsentStopsItsUseAtOnceAndIsPublished() {
        ConsentId consent = as(midwife, () -> consents.give(family, takePart()));
        as(midwife, () -> families.requireConsent(family, ConsentPurpose.TAKE_PART));
        assertThat(as(midwife, () -> families.hasConsent(family, ConsentPurpose.TAKE_PART))).isTrue();

        as(midwife, () -> consents.withdraw(family, consent, TODAY));

        assertThat(as(midwife, () -> families.hasConsent(family, ConsentPurpose.TAKE_PART))).isFalse();
        assertThatThrownBy(() -> as(midwife, () -> families.requireConsent(family, ConsentPurpose.TAKE_PART)))
                .isInstanceOf(ConsentRequiredException.class)
                .hasMessage("The family has not given consent to: take part in the programme");
        assertThat(events.stream(ConsentWithdrawn.class))
                .containsExactly(new ConsentWithdrawn(family, north, ConsentPurpose.TAKE_PART, TODAY));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'consent' and record_id = ? "
                + "and action = 'UPDATE'").param(consent.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void enrollingAFamilyNeedsItsConsentToTakePart() {
        assertThatThrownBy(() -> as(midwife, () -> families.reachStage(family, JourneyStage.ENROLLED, TODAY)))
                .isInstanceOf(ConsentRequiredException.class);
        assertThat(stage()).isEqualTo("REFERRED");

        as(midwife, () -> consents.give(family, takePart()));
        as(midwife, () -> families.reachStage(family, JourneyStage.ENROLLED, TODAY));
        assertThat(stage()).isEqualTo("ENROLLED");
    }

    @Test
    void consentCanBeGivenAgainAfterAWithdrawalAndTheHistoryIsKept() {
        ConsentId first = as(midwife, () -> consents.give(family, takePart()));
        assertThatThrownBy(() -> as(midwife, () -> consents.give(family, takePart())))
                .isInstanceOf(FamilyDetailsRejectedException.class).hasMessageContaining("already recorded");
        as(midwife, () -> consents.withdraw(family, first, TODAY));
        assertThatThrownBy(() -> as(midwife, () -> consents.withdraw(family, first, TODAY)))
                .hasMessageContaining("already withdrawn");
        as(midwife, () -> consents.give(family, takePart()));

        assertThat(as(midwife, () -> families.hasConsent(family, ConsentPurpose.TAKE_PART))).isTrue();
        assertThat(jdbc.sql("select count(*) from consent where family_id = ?").param(family.value())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void consentMustBeGivenByAParentOfTheFamilyOnAPossibleDate() {
        assertThatThrownBy(() -> as(midwife, () -> consents.give(family,
                new NewConsent(ConsentPurpose.FILMING, TODAY.plusDays(1), UUID.randomUUID(), Set.of()))))
                .isInstanceOfSatisfying(FamilyDetailsRejectedException.class, rejected -> assertThat(rejected.problems())
                        .extracting(FieldProblem::field).containsExactly("givenOn", "givenBy"));
    }

    @Test
    void sharingNamesTheSitesOwnPartnerAgencies() throws Exception {
        Map<String, String> form = consentForm("SHARE_WITH_PARTNERS");
        mvc.perform(postForm("/families/" + family + "/consents", midwife, form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the partner agencies records may be shared with")));
        form.put("partnerAgencies", UUID.randomUUID().toString());
        mvc.perform(postForm("/families/" + family + "/consents", midwife, form))
                .andExpect(content().string(containsString("Select agencies from the site&#39;s partnership")));
        UUID trust = jdbc.sql("select id from agency where name = 'Northshire NHS Foundation Trust (demo)'")
                .query(UUID.class).single();
        form.put("partnerAgencies", trust.toString());
        mvc.perform(postForm("/families/" + family + "/consents", midwife, form)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/families/" + family).with(user(midwife)))
                .andExpect(content().string(containsString("Northshire NHS Foundation Trust (demo)")));
    }

    @Test
    void withdrawingThroughThePageAsksForTheDateAndKeepsTheRecord() throws Exception {
        ConsentId consent = as(midwife, () -> consents.give(family, takePart()));
        String path = "/families/" + family + "/consents/" + consent + "/withdrawal";
        mvc.perform(postForm(path, midwife, Map.of()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date consent was withdrawn")));
        Map<String, String> form = new LinkedHashMap<>();
        FamilyFixtures.date(form, "withdrawnOn", TODAY);
        mvc.perform(postForm(path, midwife, form)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select withdrawn_on from consent where id = ?").param(consent.value())
                .query(LocalDate.class).single()).isEqualTo(TODAY);
    }

    private NewConsent takePart() {
        return new NewConsent(ConsentPurpose.TAKE_PART, TODAY, mother, Set.of());
    }

    private Map<String, String> consentForm(String purpose) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("purpose", purpose);
        FamilyFixtures.date(form, "givenOn", TODAY);
        form.put("givenBy", mother.toString());
        return form;
    }

    private String stage() {
        return jdbc.sql("select stage from family where id = ?").param(family.value()).query(String.class).single();
    }
}
