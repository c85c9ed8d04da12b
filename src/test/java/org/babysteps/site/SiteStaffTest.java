package org.babysteps.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Licensor admins add staff to a site; the new person signs in and sees that site only. */
@PlatformTest
@AutoConfigureMockMvc
class SiteStaffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser admin;
    private UUID north;
    private UUID northHealth;

    @BeforeEach
    void load() {
        admin = users.findByEmail("admin@licensor.demo").orElseThrow();
        north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        northHealth = jdbc.sql("select id from agency where name = 'Northshire NHS Foundation Trust (demo)'")
                .query(UUID.class).single();
    }

    @Test
    void anAdminAddsAFacilitatorWhoThenSeesOnlyTheirSite() throws Exception {
        String email = "new-" + UUID.randomUUID() + "@north.demo";
        mvc.perform(staff(email, "New Facilitator", northHealth.toString(), "FACILITATOR", "a-long-first-password"))
                .andExpect(redirectedUrl("/sites/" + north + "/staff"));
        CurrentUser created = users.findByEmail(email).orElseThrow();
        assertThat(created.siteIds()).extracting(Object::toString).containsExactly(north.toString());
        mvc.perform(get("/sites").with(user(created)))
                .andExpect(content().string(containsString("North Demo Site")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("South Demo Site"))));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and record_type = 'user' and record_id = ?")
                .param(created.userId().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTakenEmailAShortPasswordAndAnAgencyOfAnotherSiteAreRefused() throws Exception {
        UUID southHealth = jdbc.sql("select id from agency where name = 'Southmoor NHS Foundation Trust (demo)'")
                .query(UUID.class).single();
        mvc.perform(staff("LEAD@north.demo", "Someone", southHealth.toString(), "FACILITATOR", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An account already uses this email address")))
                .andExpect(content().string(containsString("Password must be between 12 and 200 characters")))
                .andExpect(content().string(containsString("Select their agency")));
    }

    @Test
    void aLicensorRoleCannotBeGivenFromASitePage() throws Exception {
        String email = "escalate-" + UUID.randomUUID() + "@north.demo";
        mvc.perform(staff(email, "Escalator", northHealth.toString(), "LICENSOR_ADMIN", "a-long-first-password"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select their role")));
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void viewingAStaffListIsAudited() throws Exception {
        long before = views();
        mvc.perform(get("/sites/" + north + "/staff").with(user(admin))).andExpect(status().isOk());
        assertThat(views()).isEqualTo(before + 1);
    }

    private long views() {
        return jdbc.sql("select count(*) from audit_event where action = 'VIEW' and record_type = 'site-staff' and record_id = ?")
                .param(north.toString()).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder staff(String email, String name, String agency, String role, String password) {
        return post("/sites/" + north + "/staff").with(user(admin)).with(csrf()).param("email", email)
                .param("displayName", name).param("agencyId", agency).param("role", role)
                .param("initialPassword", password);
    }
}
