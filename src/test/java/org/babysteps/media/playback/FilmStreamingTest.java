package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A film uploaded in parts of several MB plays back with HTTP range requests, byte for byte, and never tampered. */
@PlatformTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilmStreamingTest {

    private static final int MB = 1024 * 1024;

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;
    @Autowired WatchableFilms films;
    @Autowired FilmStreamer streamer;
    @Value("${babysteps.media.storage.path}") Path storage;

    private FilmFixture fixture;
    private byte[] film;
    private UUID video;

    @BeforeAll
    void aFilmOfThreePartsOfSeveralMegabytes() {
        fixture = new FilmFixture(uploads, users, jdbc);
        film = FilmFixture.bytes(8 * MB, 11);
        video = fixture.upload(fixture.family(), film, 3 * MB, 3 * MB);
    }

    @Test
    void withoutARangeTheWholeFilmIsServedInlineUncachedAndWithItsType() throws Exception {
        byte[] body = play(null).andExpect(status().isOk())
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", "inline"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "video/webm"))
                .andExpect(header().longValue("Content-Length", film.length))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(film);
    }

    @Test
    void theFirstBytesAreServedAsPartialContent() throws Exception {
        assertThat(partial("bytes=0-1023", "bytes 0-1023/" + film.length)).isEqualTo(Arrays.copyOfRange(film, 0, 1024));
    }

    @Test
    void aRangeInTheMiddleAcrossAPartBoundaryJoinsBothParts() throws Exception {
        int from = 3 * MB - 700;
        int to = 3 * MB + 900;
        assertThat(partial("bytes=" + from + "-" + to, "bytes " + from + "-" + to + "/" + film.length))
                .isEqualTo(Arrays.copyOfRange(film, from, to + 1));
    }

    @Test
    void aSuffixRangeServesTheLastBytes() throws Exception {
        assertThat(partial("bytes=-5000", "bytes " + (film.length - 5000) + "-" + (film.length - 1) + "/" + film.length))
                .isEqualTo(Arrays.copyOfRange(film, film.length - 5000, film.length));
    }

    @Test
    void anOpenEndedRangeServesTheRestOfTheFilmFromThere() throws Exception {
        int from = 5 * MB + 123;
        assertThat(partial("bytes=" + from + "-", "bytes " + from + "-" + (film.length - 1) + "/" + film.length))
                .isEqualTo(Arrays.copyOfRange(film, from, film.length));
    }

    @Test
    void aRangeThatStartsPastTheEndIsUnsatisfiable() throws Exception {
        play("bytes=" + film.length + "-").andExpect(status().isRequestedRangeNotSatisfiable())
                .andExpect(header().string("Content-Range", "bytes */" + film.length));
    }

    @Test
    void aFlippedByteInAStoredPartFailsThePlaybackAndNothingUnverifiedIsServed() throws Exception {
        byte[] other = FilmFixture.bytes(6 * MB, 12);
        UUID tampered = fixture.upload(fixture.family(), other, 3 * MB);
        Path part = Files.list(storage.resolve(tampered.toString())).sorted().skip(1).findFirst().orElseThrow();
        try (RandomAccessFile file = new RandomAccessFile(part.toFile(), "rw")) {
            file.seek(MB + MB / 2);
            int was = file.read();
            file.seek(MB + MB / 2);
            file.write(was ^ 0x01);
        }

        assertThatThrownBy(() -> mvc.perform(get("/videos/{id}/stream", tampered)
                .with(user(users.findByEmail(FilmFixture.MIDWIFE).orElseThrow()))))
                .hasCauseInstanceOf(FilmUnreadable.class);

        ByteArrayOutputStream served = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new SignedIn(users).run(FilmFixture.MIDWIFE, () -> {
            try {
                streamer.write(films.open(tampered), 0, other.length - 1, served);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isInstanceOf(FilmUnreadable.class);
        assertThat(served.size()).as("stops within the damaged part").isBetween(3 * MB, 5 * MB);
        assertThat(served.toByteArray()).as("only verified bytes").isEqualTo(Arrays.copyOf(other, served.size()));
    }

    @Test
    void aFilmStillUploadingIsNotFound() throws Exception {
        UUID unfinished = new SignedIn(users).as(FilmFixture.MIDWIFE,
                () -> uploads.start(new org.babysteps.family.FamilyId(fixture.family()), null, 5000));
        mvc.perform(get("/videos/{id}/stream", unfinished).with(user(users.findByEmail(FilmFixture.MIDWIFE).orElseThrow())))
                .andExpect(status().isNotFound());
    }

    private byte[] partial(String range, String contentRange) throws Exception {
        return play(range).andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", contentRange))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions play(String range) throws Exception {
        var request = get("/videos/{id}/stream", video).with(user(users.findByEmail(FilmFixture.MIDWIFE).orElseThrow()));
        return mvc.perform(range == null ? request : request.header("Range", range));
    }
}
