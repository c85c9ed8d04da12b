package org.babysteps.outcomes.alert;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.AlertId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The alert pages: the rules' actions shown, the action taken required, a second acknowledgement explained. */
@PlatformTest
@AutoConfigureMockMvc
class AlertPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    AlertFixture fixture;

    @Test
    void theAlertShowsTheRulesActionsAndTheListShowsItAsOpen() throws Exception {
        AlertId id = fixture.raise(fixture.event(fixture.familyInMidwifesGroup(), Instant.now()));

        mvc.perform(get("/alerts/" + id).with(user(account("midwife@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thoughts of self-harm reported.")))
                .andExpect(content().string(containsString("Acknowledge alert")));
        mvc.perform(get("/alerts").with(user(account("lead@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/alerts/" + id)));
        mvc.perform(get("/alerts").with(user(account("lead@south.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/alerts/" + id))));
    }

    @Test
    void aMissingActionIsExplainedInTheErrorSummaryAndASecondAcknowledgementIsRefusedInWords() throws Exception {
        AlertId id = fixture.raise(fixture.event(fixture.familyInMidwifesGroup(), Instant.now()));
        String path = "/alerts/" + id + "/acknowledgement";

        mvc.perform(post(path).with(csrf()).with(user(account("midwife@north.demo"))).param("version", "0")
                        .param("actionTaken", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#actionTaken\"")))
                .andExpect(content().string(containsString("Enter the action taken")));
        mvc.perform(post(path).with(csrf()).with(user(account("midwife@north.demo"))).param("version", "0")
                        .param("actionTaken", "Rang the mother; crisis team visiting tonight").param("referral", "CRISIS_TEAM"))
                .andExpect(redirectedUrl("/alerts/" + id));
        mvc.perform(post(path).with(csrf()).with(user(account("lead@north.demo"))).param("version", "0")
                        .param("actionTaken", "I rang as well"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This alert was already acknowledged by Maya Midwife-North (demo)")))
                .andExpect(content().string(containsString("Crisis team")));
    }

    @Test
    void aReopenedAlertShowsTheEarlierAcknowledgementBesideTheNewRulesAction() throws Exception {
        var first = fixture.event(fixture.familyInMidwifesGroup(), Instant.now());
        first = fixture.later(first, java.util.List.of("self-harm"));
        AlertId id = fixture.raise(first);
        mvc.perform(post("/alerts/" + id + "/acknowledgement").with(csrf()).with(user(account("midwife@north.demo")))
                        .param("version", "0").param("actionTaken", "Visited today; safety plan agreed with her GP"))
                .andExpect(redirectedUrl("/alerts/" + id));

        fixture.publishAndAwaitRules(fixture.later(first, java.util.List.of("probable-depression")), id, 2);

        mvc.perform(get("/alerts/" + id).with(user(account("midwife@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Score in the range of probable depression.")))
                .andExpect(content().string(containsString("Earlier acknowledgements")))
                .andExpect(content().string(containsString("Visited today; safety plan agreed with her GP")))
                .andExpect(content().string(containsString("for probable-depression")))
                .andExpect(content().string(containsString("Acknowledge alert")));
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
