package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The watch page plays the film without a download, and keeps time-stamped notes of moments, in the film's order. */
@PlatformTest
@AutoConfigureMockMvc
class FilmNotesTest {

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;

    private UUID family;
    private UUID video;

    @BeforeEach
    void aFilmOfANorthFamily() {
        FilmFixture fixture = new FilmFixture(uploads, users, jdbc);
        family = fixture.family();
        video = fixture.upload(family, FilmFixture.bytes(100_000, 41));
    }

    @Test
    void theWatchPagePlaysTheStreamWithoutADownloadAndOffersANote() throws Exception {
        mvc.perform(get("/videos/{id}", video).with(user(account(FilmFixture.MIDWIFE)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"/videos/" + video + "/stream\"")))
                .andExpect(content().string(containsString("controlsList=\"nodownload\"")))
                .andExpect(content().string(containsString("disablepictureinpicture")))
                .andExpect(content().string(containsString("preload=\"metadata\"")))
                .andExpect(content().string(containsString("Add a note at this moment")))
                .andExpect(content().string(containsString("No notes yet.")))
                .andExpect(content().string(not(containsString("download="))));
    }

    @Test
    void notesAreSavedAndListedInTheOrderOfTheFilmEachPlayingFromItsMoment() throws Exception {
        note("seconds", "65", "at", "", "text", "She turned to your voice").andExpect(status().isFound())
                .andExpect(redirectedUrl("/videos/" + video + "#notes"))
                .andExpect(flash().attribute("success", "Note added at 1:05"));
        note("seconds", "", "at", "0:30", "text", "You paused and she looked at you").andExpect(status().isFound());

        String page = mvc.perform(get("/videos/{id}", video).with(user(account(FilmFixture.MIDWIFE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("You paused and she looked at you")).isPositive()
                .isLessThan(page.indexOf("She turned to your voice"));
        assertThat(page).contains("href=\"/videos/" + video + "?t=30#film\"", "data-seek=\"65\"", ">0:30<", ">1:05<")
                .contains("<title>Watch talk and listen time");
        assertThat(notes()).isEqualTo(2);
    }

    @Test
    void anEmptyNoteOrATimeBeyondTheFilmIsShownByItsFieldAndNothingIsSaved() throws Exception {
        jdbc.sql("update video set duration_seconds = 40 where id = ?").param(video).update();
        note("seconds", "", "at", "1:00", "text", "  ").andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Watch talk and listen time")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter what you noticed at this moment")))
                .andExpect(content().string(containsString("The film is 0:40 long: enter a time within it")))
                .andExpect(content().string(containsString("id=\"at-error\"")))
                .andExpect(content().string(containsString("id=\"text-error\"")));
        note("seconds", "", "at", "soon", "text", "Smiles").andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the time as minutes and seconds, for example 1:05")));
        assertThat(notes()).isZero();
    }

    @Test
    void anotherSitesLeadFindsNeitherThePageNorAPlaceToAddNotes() throws Exception {
        mvc.perform(get("/videos/{id}", video).with(user(account("lead@south.demo")))).andExpect(status().isNotFound());
        mvc.perform(post("/videos/{id}/notes", video).with(user(account("lead@south.demo"))).with(csrf())
                .param("at", "0:10").param("text", "Nosy")).andExpect(status().isNotFound());
        mvc.perform(get("/videos/{id}", video).with(user(account("commissioner@north.demo")))).andExpect(status().isNotFound());
        assertThat(notes()).isZero();
    }

    @Test
    void withoutConsentToFilmingThePageSaysWhyAndPlaysNothing() throws Exception {
        jdbc.sql("update consent set withdrawn_on = current_date where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family).update();
        try {
            mvc.perform(get("/videos/{id}", video).with(user(account(FilmFixture.MIDWIFE)))).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("consent to filming")))
                    .andExpect(content().string(not(containsString("/stream"))));
        } finally {
            jdbc.sql("update consent set withdrawn_on = null where family_id = ? and purpose = 'FILMING'"
                    + " and withdrawn_on = current_date").param(family).update();
        }
    }

    private ResultActions note(String... fields) throws Exception {
        var request = post("/videos/{id}/notes", video).with(user(account(FilmFixture.MIDWIFE))).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private int notes() {
        return jdbc.sql("select count(*) from video_note where video_id = ?").param(video).query(Integer.class).single();
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
