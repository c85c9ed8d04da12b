package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.family.FamilyFixtures.TODAY;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The family API: the same rules, scoping and audit as the pages, answering with problem details. */
@PlatformTest
@AutoConfigureMockMvc
class FamilyApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private UUID north;

    @BeforeEach
    void findTheNorthSite() {
        north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }

    @Test
    void aFacilitatorRefersAFamilyAndReadsItBack() throws Exception {
        String last = FamilyFixtures.name();
        String location = mvc.perform(asMidwife(post("/api/v1/families")).content(referral("Amira", last, TODAY.plusWeeks(20), null, false)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/families/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(asMidwife(get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Amira " + last))
                .andExpect(jsonPath("$.stage").value("REFERRED"))
                .andExpect(jsonPath("$.parents[0].nhsNumber").isNotEmpty())
                .andExpect(jsonPath("$.journey[0].stage").value("REFERRED"));
        mvc.perform(asMidwife(get("/api/v1/families")).param("siteId", north.toString()).param("name", last))
                .andExpect(jsonPath("$.families[*].displayName", hasItem("Amira " + last)));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'family' and action = 'CREATE' "
                + "and record_id = ?").param(location.substring(location.lastIndexOf('/') + 1)).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aMissingFieldIsABadRequestNamingTheField() throws Exception {
        mvc.perform(asMidwife(post("/api/v1/families")).content("{\"siteId\": \"" + north + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parents")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("expectedDeliveryDate")));
        mvc.perform(asMidwife(post("/api/v1/families")).content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anImpossibleReferralIsUnprocessableWithEveryProblem() throws Exception {
        String body = referral("Amira", FamilyFixtures.name(), TODAY.minusWeeks(60), "943 476 5918", false);
        mvc.perform(asMidwife(post("/api/v1/families")).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem("expectedDeliveryDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("parents[0].nhsNumber")));
    }

    @Test
    void aLikelyDuplicateIsAConflictListingTheMatchUntilConfirmed() throws Exception {
        String last = FamilyFixtures.name();
        String nhs = FamilyFixtures.nhsNumber();
        String first = mvc.perform(asMidwife(post("/api/v1/families")).content(referral("Amira", last, TODAY.plusWeeks(20), nhs, false)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(first, "$.id");
        mvc.perform(asMidwife(post("/api/v1/families")).content(referral("Other", FamilyFixtures.name(), TODAY.plusWeeks(20), nhs, false)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.matches[0].id").value(id))
                .andExpect(jsonPath("$.matches[0].matchedOn[0]").value("NHS_NUMBER"));
        mvc.perform(asMidwife(post("/api/v1/families")).content(referral("Other", FamilyFixtures.name(), TODAY.plusWeeks(20), nhs, true)))
                .andExpect(status().isCreated());
    }

    @Test
    void unknownAndOtherSitesFamiliesAreNotFound() throws Exception {
        mvc.perform(asMidwife(get("/api/v1/families/" + UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(asMidwife(get("/api/v1/families/not-an-id"))).andExpect(status().isNotFound());
    }

    @Test
    void consentsAndJourneyStepsFollowThePagesRules() throws Exception {
        String created = mvc.perform(asMidwife(post("/api/v1/families")).content(referral("Amira", FamilyFixtures.name(), TODAY.plusWeeks(20), null, false)))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String mother = JsonPath.read(mvc.perform(asMidwife(get("/api/v1/families/" + id))).andReturn().getResponse()
                .getContentAsString(), "$.parents[0].id");

        String consent = JsonPath.read(mvc.perform(asMidwife(post("/api/v1/families/" + id + "/consents")).content(
                        "{\"purpose\":\"FILMING\",\"givenOn\":\"" + TODAY + "\",\"givenByParentId\":\"" + mother + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(asMidwife(post("/api/v1/families/" + id + "/consents/" + consent + "/withdrawal"))
                        .content("{\"withdrawnOn\":\"" + TODAY.plusDays(5) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("withdrawnOn"));
        mvc.perform(asMidwife(post("/api/v1/families/" + id + "/consents/" + consent + "/withdrawal"))
                        .content("{\"withdrawnOn\":\"" + TODAY + "\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(asMidwife(post("/api/v1/families/" + id + "/journey")).content("{\"stage\":\"DECLINED\",\"on\":\"" + TODAY + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(asMidwife(post("/api/v1/families/" + id + "/journey")).content("{\"stage\":\"CONTACTED\",\"on\":\"" + TODAY + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CONTACTED"));
        mvc.perform(post("/api/v1/families/" + id + "/journey").with(httpBasic("midwife@south.demo", "demo-password-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\":\"WITHDRAWN\",\"on\":\"" + TODAY + "\",\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void commissionersAreRefused() throws Exception {
        mvc.perform(get("/api/v1/families").with(httpBasic("commissioner@north.demo", "demo-password-1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/families")).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder asMidwife(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("midwife@north.demo", "demo-password-1")).contentType(MediaType.APPLICATION_JSON);
    }

    private String referral(String first, String last, java.time.LocalDate edd, String nhs, boolean confirm) {
        return """
                {"siteId": "%s", "referrerSource": "Health visitor", "referrerName": "Hal Visitor (demo)",
                 "referralDate": "%s", "expectedDeliveryDate": "%s", "vulnerabilityFactors": ["Social isolation"],
                 "parents": [{"firstName": "%s", "lastName": "%s", "dateOfBirth": "1997-07-07", "nhsNumber": %s,
                              "phone": "%s"}],
                 "preferredLanguage": "Polish", "interpreterNeeded": true, "contactMethods": ["PHONE", "LETTER"],
                 "needsTransportHelp": false, "confirmNotDuplicate": %s}
                """.formatted(north, TODAY, edd, first, last,
                nhs == null ? "\"" + FamilyFixtures.nhsNumber() + "\"" : "\"" + nhs + "\"", FamilyFixtures.phone(), confirm);
    }
}
