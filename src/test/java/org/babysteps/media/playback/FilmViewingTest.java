package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every viewing is recorded and audited: who started watching which film, when, and for how long. */
@PlatformTest
@AutoConfigureMockMvc
class FilmViewingTest {

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;

    private UUID video;

    @BeforeEach
    void aFilm() {
        FilmFixture fixture = new FilmFixture(uploads, users, jdbc);
        video = fixture.upload(fixture.family(), FilmFixture.bytes(100_000, 31));
    }

    @Test
    void aViewingIsAuditedWhenItStartsAndWhenItEndsWithTheSecondsWatched() throws Exception {
        UUID view = start(FilmFixture.MIDWIFE);
        assertThat(audited()).anyMatch(detail -> detail.equals("viewing " + view + " started"));
        jdbc.sql("update video_view set started_at = now() - interval '2 minutes' where id = ?").param(view).update();

        beacon(FilmFixture.MIDWIFE, view, "95").andExpect(status().isNoContent());

        assertThat(jdbc.sql("select seconds_watched from video_view where id = ? and ended_at is not null and user_id = ?")
                .params(view, account(FilmFixture.MIDWIFE).userId().value()).query(Integer.class).single()).isEqualTo(95);
        assertThat(audited()).anyMatch(detail -> detail.equals("viewing " + view + " ended after 95 seconds watched"));
    }

    @Test
    void theBeaconsCsrfTokenTravelsAsAFormFieldAndWithoutOneNothingIsRecorded() throws Exception {
        UUID view = start(FilmFixture.MIDWIFE);
        mvc.perform(post("/videos/{id}/views/{view}", video, view).with(user(account(FilmFixture.MIDWIFE)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("seconds=3")).andExpect(status().isForbidden());
        mvc.perform(post("/videos/{id}/views/{view}", video, view).with(user(account(FilmFixture.MIDWIFE)))
                .with(csrf().asHeader().useInvalidToken()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("seconds=3")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select ended_at is null from video_view where id = ?").param(view).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void aReportWithoutAWholeNumberOfSecondsIsRefusedAndChangesNothing() throws Exception {
        UUID view = start(FilmFixture.MIDWIFE);
        beacon(FilmFixture.MIDWIFE, view, "lots").andExpect(status().isUnprocessableContent());
        beacon(FilmFixture.MIDWIFE, view, "-4").andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select ended_at is null from video_view where id = ?").param(view).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void nobodyElseCanReportOnSomeonesViewing() throws Exception {
        UUID view = start(FilmFixture.MIDWIFE);
        beacon("lead@north.demo", view, "10").andExpect(status().isNotFound());
        beacon("lead@south.demo", view, "10").andExpect(status().isNotFound());
    }

    @Test
    void someoneWhoMayNotWatchCannotStartAViewing() throws Exception {
        mvc.perform(post("/videos/{id}/views", video).with(user(account("lead@south.demo"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/videos/{id}/views", video).with(user(account("admin@licensor.demo"))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFirstMeasuredLengthOfTheFilmIsKept() throws Exception {
        mvc.perform(post("/videos/{id}/views", video).with(user(account(FilmFixture.MIDWIFE))).with(csrf())
                .param("duration", "Infinity")).andExpect(status().isCreated());
        mvc.perform(post("/videos/{id}/views", video).with(user(account(FilmFixture.MIDWIFE))).with(csrf())
                .param("duration", "42.5")).andExpect(status().isCreated());
        mvc.perform(post("/videos/{id}/views", video).with(user(account("lead@north.demo"))).with(csrf())
                .param("duration", "99")).andExpect(status().isCreated());
        assertThat(jdbc.sql("select duration_seconds from video where id = ?").param(video)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("42.5");
    }

    private UUID start(String email) throws Exception {
        String body = mvc.perform(post("/videos/{id}/views", video).with(user(account(email))).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.viewId"));
    }

    /** As navigator.sendBeacon sends it: a URL-encoded body with the token as the _csrf field. */
    private org.springframework.test.web.servlet.ResultActions beacon(String email, UUID view, String seconds)
            throws Exception {
        return mvc.perform(post("/videos/{id}/views/{view}", video, view).with(user(account(email)))
                .with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("seconds=" + seconds));
    }

    private java.util.List<String> audited() {
        return jdbc.sql("select detail from audit_event where record_type = 'video' and record_id = ? and action = 'VIEW'")
                .param(video.toString()).query(String.class).list();
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
