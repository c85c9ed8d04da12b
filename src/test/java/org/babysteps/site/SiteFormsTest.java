package org.babysteps.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** Bad input on the site forms gets a clear message next to the field, never a 500, and saves nothing. */
@PlatformTest
@AutoConfigureMockMvc
class SiteFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser admin;
    private CurrentUser northLead;
    private CurrentUser southLead;

    @BeforeEach
    void signIn() {
        admin = users.findByEmail("admin@licensor.demo").orElseThrow();
        northLead = users.findByEmail("lead@north.demo").orElseThrow();
        southLead = users.findByEmail("lead@south.demo").orElseThrow();
    }

    @Test
    void anEmptySiteFormShowsEachFieldsMessage() throws Exception {
        long before = siteCount();
        mvc.perform(post("/sites").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the site name")))
                .andExpect(content().string(containsString("Enter the area the site covers")))
                .andExpect(content().string(containsString("Select the type of lead agency")))
                .andExpect(content().string(containsString("href=\"#name\"")));
        assertThat(siteCount()).isEqualTo(before);
    }

    @Test
    void overLongAndBlankValuesAreRefused() throws Exception {
        mvc.perform(siteForm("x".repeat(121), "   ", "Agency", "HEALTH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Site name must be 120 characters or fewer")))
                .andExpect(content().string(containsString("Enter the area the site covers")));
    }

    @Test
    void anUnknownAgencyTypeIsAFieldErrorNotACrash() throws Exception {
        mvc.perform(siteForm("Typed site " + UUID.randomUUID(), "Area", "Agency", "NOT_A_TYPE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the type of lead agency")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
    }

    @Test
    void scriptInANameIsStoredAsTextAndShownEscaped() throws Exception {
        String name = "<script>alert(1)</script> " + UUID.randomUUID();
        mvc.perform(siteForm(name, "Area", "Agency " + UUID.randomUUID(), "HEALTH"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single();
        mvc.perform(get("/sites/" + id).with(user(admin)))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aDuplicateSiteNameIsExplained() throws Exception {
        mvc.perform(siteForm("north demo site", "Area", "Agency", "HEALTH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A site called north demo site already exists")));
    }

    @Test
    void unknownMalformedAndOtherSitesIdsAllAnswerNotFound() throws Exception {
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        mvc.perform(get("/sites/" + UUID.randomUUID()).with(user(northLead))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/not-an-id").with(user(northLead))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + north).with(user(southLead))).andExpect(status().isNotFound());
        mvc.perform(get("/sites/" + north + "/edit").with(user(southLead))).andExpect(status().isNotFound());
    }

    @Test
    void anotherSitesLeadCannotChangeIt() throws Exception {
        UUID north = jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
        mvc.perform(post("/sites/" + north).with(user(southLead)).with(csrf())
                        .param("name", "Taken over").param("area", "x").param("version", "0")
                        .param("leadAgencyId", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from site where id = ?").param(north).query(String.class).single())
                .isEqualTo("North Demo Site");
    }

    @Test
    void aStaleEditIsRefusedWithoutLosingTheNewerSave() throws Exception {
        String name = "Edited site " + UUID.randomUUID();
        mvc.perform(siteForm(name, "Area", "Edit agency " + UUID.randomUUID(), "HEALTH")).andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single();
        UUID lead = jdbc.sql("select lead_agency_id from site where id = ?").param(id).query(UUID.class).single();
        mvc.perform(edit(id, name + " first", lead, 0)).andExpect(status().is3xxRedirection());
        mvc.perform(edit(id, name + " second", lead, 0))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this site")));
        assertThat(jdbc.sql("select name from site where id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " first");
    }

    private MockHttpServletRequestBuilder siteForm(String name, String area, String agency, String type) {
        return post("/sites").with(user(admin)).with(csrf()).param("name", name).param("area", area)
                .param("leadAgencyName", agency).param("leadAgencyType", type);
    }

    private MockHttpServletRequestBuilder edit(UUID id, String name, UUID lead, int version) {
        return post("/sites/" + id).with(user(admin)).with(csrf()).param("name", name).param("area", "Area")
                .param("leadAgencyId", lead.toString()).param("version", String.valueOf(version));
    }

    private long siteCount() {
        return jdbc.sql("select count(*) from site").query(Long.class).single();
    }
}
