package org.babysteps.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Licensor admins find entries by user, record and date, and bad dates are explained. */
@PlatformTest
@AutoConfigureMockMvc
class AuditSearchPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserStore users;

    private CurrentUser admin;

    @BeforeEach
    void signIn() {
        admin = users.findByEmail("admin@licensor.demo").orElseThrow();
    }

    @Test
    void findsEntriesByUserRecordAndDate() throws Exception {
        String record = UUID.randomUUID().toString();
        auditLog.recordAs(null, "searcher@example.org", new AuditRecord(AuditAction.VIEW, "family", record, null, null));
        String today = LocalDate.now().toString();
        mvc.perform(get("/audit").with(user(admin)).param("user", "SEARCHER@").param("recordId", record)
                        .param("from", today).param("to", today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(record)))
                .andExpect(content().string(containsString("searcher@example.org")));
        mvc.perform(get("/audit").with(user(admin)).param("recordId", record).param("from", "2001-01-01")
                        .param("to", "2001-01-02"))
                .andExpect(content().string(containsString("No entries match")));
    }

    @Test
    void impossibleAndReversedDatesAreExplained() throws Exception {
        mvc.perform(get("/audit").with(user(admin)).param("from", "2026-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From date must be a real date")));
        mvc.perform(get("/audit").with(user(admin)).param("from", "2026-11-30").param("to", "2026-11-01"))
                .andExpect(content().string(containsString("To date must be the same as or after the from date")));
        mvc.perform(get("/audit").with(user(admin)).param("before", "not-a-number"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Failed to convert"))));
    }

    @Test
    void theChainCheckReportsAnIntactLog() throws Exception {
        mvc.perform(post("/audit/verification").with(user(admin)).with(csrf()))
                .andExpect(content().string(containsString("The audit log is intact")));
    }
}
