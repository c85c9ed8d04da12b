package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.family.FamilyFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

/**
 * Families are seen only by their own site's leads and facilitators. Another site's staff get 404, exactly as for
 * a family that does not exist; licensor staff and commissioners are refused outright.
 */
@PlatformTest
@AutoConfigureMockMvc
class FamilyAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Families families;

    private CurrentUser northMidwife;
    private CurrentUser southMidwife;
    private FamilyId northFamily;
    private String lastName;

    @BeforeEach
    void aNorthFamily() {
        northMidwife = users.findByEmail("midwife@north.demo").orElseThrow();
        southMidwife = users.findByEmail("midwife@south.demo").orElseThrow();
        SiteId north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        ParentDetails parent = FamilyFixtures.parent();
        lastName = parent.lastName();
        northFamily = as(northMidwife, () -> registration.refer(new NewReferral(north, FamilyFixtures.referral(parent), false)));
    }

    @Test
    void anotherSitesFacilitatorCannotOpenTheFamilyPageOrItsForms() throws Exception {
        for (String path : new String[] {"", "/edit", "/birth", "/consents/new"}) {
            mvc.perform(get("/families/" + northFamily + path).with(user(southMidwife))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/families/" + northFamily + "/journey").with(user(southMidwife)).with(csrf())
                        .param("stage", "WITHDRAWN").param("on.day", "1").param("on.month", "1").param("on.year", "2026")
                        .param("reason", "Taken over"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/families/" + northFamily).with(user(northMidwife))).andExpect(status().isOk());
    }

    @Test
    void anotherSitesFacilitatorCannotReadTheFamilyThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/families/" + northFamily).with(httpBasic("midwife@south.demo", "demo-password-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/families/" + northFamily).with(httpBasic("midwife@north.demo", "demo-password-1")))
                .andExpect(status().isOk());
    }

    @Test
    void anotherSitesListDoesNotShowTheFamily() throws Exception {
        // the name typed stays in the search box; the family's link must not appear
        mvc.perform(get("/families").param("name", lastName).with(user(southMidwife)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/families/" + northFamily))))
                .andExpect(content().string(containsString("No families match")));
        mvc.perform(get("/families").param("name", lastName).with(user(northMidwife)))
                .andExpect(content().string(containsString("/families/" + northFamily)));
    }

    @Test
    void otherModulesAskingForAnotherSitesFamilyGetNothing() {
        assertThat(as(southMidwife, () -> families.find(northFamily))).isEmpty();
        assertThat(as(southMidwife, () -> families.participants(List.of(northFamily))))
                .isEmpty();
    }

    @Test
    void commissionersAndLicensorStaffNeverSeeFamilies() throws Exception {
        for (String email : new String[] {"commissioner@north.demo", "admin@licensor.demo", "manager@licensor.demo"}) {
            CurrentUser person = users.findByEmail(email).orElseThrow();
            mvc.perform(get("/families").with(user(person))).andExpect(status().isForbidden());
            mvc.perform(get("/families/" + northFamily).with(user(person))).andExpect(status().isForbidden());
            mvc.perform(get("/families/new").with(user(person))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/families").with(httpBasic(email, "demo-password-1"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void unknownAndMalformedIdsAnswerNotFound() throws Exception {
        mvc.perform(get("/families/" + UUID.randomUUID()).with(user(northMidwife))).andExpect(status().isNotFound());
        mvc.perform(get("/families/not-an-id").with(user(northMidwife))).andExpect(status().isNotFound());
    }
}
