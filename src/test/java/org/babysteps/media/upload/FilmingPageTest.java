package org.babysteps.media.upload;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The talk and listen time page offers filming only with consent, and only to the family's own site. */
@PlatformTest
@AutoConfigureMockMvc
class FilmingPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;

    @Test
    void withConsentTheFacilitatorIsOfferedTheCameraAndAnUploadWithTheSizeLimit() throws Exception {
        mvc.perform(get("/families/{id}/talk-and-listen", familyWithFilmingConsent()).with(user(account("midwife@north.demo"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Turn on the camera")))
                .andExpect(content().string(containsString("Or upload a film from a camera")))
                .andExpect(content().string(containsString("up to 2048 MB")))
                .andExpect(content().string(not(containsString("Filming is not possible"))));
    }

    @Test
    void withoutConsentThePageSaysWhyAndOffersNoCamera() throws Exception {
        UUID family = familyWithFilmingConsent();
        jdbc.sql("update consent set withdrawn_on = current_date where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family).update();
        try {
            mvc.perform(get("/families/{id}/talk-and-listen", family).with(user(account("midwife@north.demo"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Filming is not possible")))
                    .andExpect(content().string(not(containsString("Turn on the camera"))));
        } finally {
            jdbc.sql("update consent set withdrawn_on = null where family_id = ? and purpose = 'FILMING'"
                    + " and withdrawn_on = current_date").param(family).update();
        }
    }

    @Test
    void anotherSitesLeadFindsNoSuchFamily() throws Exception {
        mvc.perform(get("/families/{id}/talk-and-listen", familyWithFilmingConsent()).with(user(account("lead@south.demo"))))
                .andExpect(status().isNotFound());
    }

    private UUID familyWithFilmingConsent() {
        return jdbc.sql("""
                select c.family_id from consent c join site s on s.id = c.site_id
                where s.name = 'North Demo Site' and c.purpose = 'FILMING' and c.withdrawn_on is null
                order by c.family_id limit 1""").query(UUID.class).single();
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
