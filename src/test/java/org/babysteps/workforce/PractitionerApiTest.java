package org.babysteps.workforce;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.babysteps.PlatformTest;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.PractitionerStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The practitioner API: same rules, scoping and optimistic edits as the pages; outsiders refused before the body. */
@PlatformTest
@AutoConfigureMockMvc
class PractitionerApiTest {

    private static final String PASSWORD = "demo-password-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PractitionerStore store;
    @Autowired
    Practitioners practitioners;

    private SiteId north;

    @BeforeEach
    void northSite() {
        north = new SupervisionFixture(jdbc, users, store, practitioners).site("North Demo Site");
    }

    private String body(String name, String leftOn, Integer version) {
        return """
                {"name": "%s", "profession": "HEALTH_VISITOR", "siteIds": ["%s"], "startedOn": "%s",
                 "leftOn": %s, "protectedHoursPerWeek": 7.5, "roles": ["FACILITATOR"], "version": %s}"""
                .formatted(name, north, LocalDate.now().minusYears(1), leftOn == null ? "null" : "\"" + leftOn + "\"", version);
    }

    @Test
    void aLeadAddsAPractitionerThenRecordsTheirLeaving() throws Exception {
        String created = mvc.perform(post("/api/v1/practitioners").with(httpBasic("lead@north.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Api Visitor (test)", null, null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agencyType").value("HEALTH"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");
        String leaving = LocalDate.now().plusMonths(2).toString();

        mvc.perform(put("/api/v1/practitioners/" + id).with(httpBasic("lead@north.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Api Visitor (test)", leaving, version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leftOn").value(leaving));
        // a stale version is refused, not silently overwritten
        mvc.perform(put("/api/v1/practitioners/" + id).with(httpBasic("lead@north.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Api Visitor (test)", null, version)))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/practitioners").param("siteId", north.toString()).with(httpBasic("manager@licensor.demo", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')].leftOn").value(leaving));
    }

    @Test
    void aLeavingDateBeforeTheStartIsRefusedWithTheField() throws Exception {
        mvc.perform(post("/api/v1/practitioners").with(httpBasic("lead@north.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Api Early Leaver (test)", LocalDate.now().minusYears(2).toString(), null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("leftOn"));
    }

    @Test
    void outsidersAreRefusedBeforeTheBodyIsRead() throws Exception {
        String id = store.atSite(north, org.babysteps.identity.SiteScope.all()).get(0).id().toString();
        mvc.perform(put("/api/v1/practitioners/" + id).with(httpBasic("midwife@north.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/practitioners/" + id).with(httpBasic("manager@licensor.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/practitioners/" + id).with(httpBasic("lead@south.demo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practitioners").param("siteId", north.toString()).with(httpBasic("lead@south.demo", PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
