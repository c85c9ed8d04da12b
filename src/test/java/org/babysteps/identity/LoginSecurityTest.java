package org.babysteps.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import org.babysteps.PlatformTest;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in is throttled, audited and protected against session fixation and cross-site requests. */
@PlatformTest
@AutoConfigureMockMvc
class LoginSecurityTest {

    private static final String PASSWORD = "a-good-long-password-1";
    private static final String SESSION_COOKIE = "BABYSTEPS_SESSION";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectPasswordSignsInAndIsAudited() throws Exception {
        String email = newAccount();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount(email, "LOGIN_SUCCESS")).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndAudited() throws Exception {
        String email = newAccount();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password("wrong"))
                .andExpect(redirectedUrl("/login?error=invalid"));
        assertThat(auditCount(email, "LOGIN_FAILURE")).isEqualTo(1);
    }

    @Test
    void anUnknownAccountReadsTheSameAsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user("nobody-" + System.nanoTime() + "@example.org")
                        .password("whatever"))
                .andExpect(redirectedUrl("/login?error=invalid"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        String email = newAccount();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").userParameter("email").user(email).password("guess-" + attempt))
                    .andExpect(redirectedUrl("/login?error=invalid"));
        }
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=throttled"));
        assertThat(auditCount(email, "LOGIN_THROTTLED")).isEqualTo(1);
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        String email = newAccount();
        MvcResult loginPage = mvc.perform(get("/login")).andReturn();
        Cookie before = loginPage.getResponse().getCookie(SESSION_COOKIE);
        assertThat(before).as("the sign-in page starts a session for its CSRF token").isNotNull();
        assertThat(before.isHttpOnly()).isTrue();
        MvcResult signedIn = mvc.perform(post("/login").cookie(before).with(csrf())
                .param("email", email).param("password", PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        Cookie after = signedIn.getResponse().getCookie(SESSION_COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRejected() throws Exception {
        CurrentUser admin = users.findByEmail("admin@licensor.demo").orElseThrow();
        mvc.perform(post("/sites").with(user(admin)).param("name", "Forged site").param("area", "Nowhere")
                        .param("leadAgencyName", "Forged agency").param("leadAgencyType", "HEALTH"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from site where name = 'Forged site'").query(Long.class).single()).isZero();
        mvc.perform(post("/sites").with(user(admin)).with(csrf().useInvalidToken()).param("name", "Forged site"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutIsAuditedAndEndsTheSession() throws Exception {
        String email = newAccount();
        Cookie session = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andReturn().getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut=true"));
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(auditCount(email, "LOGOUT")).isEqualTo(1);
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    private String newAccount() {
        String email = "login-" + System.nanoTime() + "@example.org";
        accounts.create(new NewUserAccount(email, "Login Tester", null, Set.of(Role.FACILITATOR), Set.of(), PASSWORD));
        return email;
    }

    private long auditCount(String email, String action) {
        return jdbc.sql("select count(*) from audit_event where actor_name = ? and action = ?")
                .params(email, action).query(Long.class).single();
    }
}
