package org.babysteps.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.babysteps.PlatformTest;
import org.babysteps.identity.internal.UserStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Health answers anyone but tells them nothing more; metrics and details are for operators only. */
@PlatformTest
@AutoConfigureMockMvc
class OperationsEndpointsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;

    @Test
    void anonymousHealthSaysUpAndNothingElse() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void anOperatorSeesHealthDetailsAndMetrics() throws Exception {
        var admin = users.findByEmail("admin@licensor.demo").orElseThrow();
        mvc.perform(get("/actuator/health").with(user(admin)))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/prometheus").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void metricsAreHiddenFromEveryoneElse() throws Exception {
        var facilitator = users.findByEmail("midwife@north.demo").orElseThrow();
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/prometheus").with(user(facilitator))).andExpect(status().isForbidden());
    }

    @Test
    void errorPagesGiveNoTechnicalDetail() throws Exception {
        var lead = users.findByEmail("lead@north.demo").orElseThrow();
        mvc.perform(get("/sites/00000000-0000-0000-0000-000000000000").with(user(lead)))
                .andExpect(status().isNotFound());
    }
}
