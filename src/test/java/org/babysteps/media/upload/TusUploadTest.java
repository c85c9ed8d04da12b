package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.media.vault.WrappedKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A film goes up in chunks over the tus protocol, survives a cut connection and damaged chunks, and is stored whole. */
@PlatformTest
@AutoConfigureMockMvc
class TusUploadTest {

    private static final String MIDWIFE = "midwife@north.demo";

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;
    @Autowired VideoVault vault;

    private UUID family;
    private byte[] film;

    @BeforeEach
    void aNorthFamilyWithFilmingConsentAndAFilm() {
        family = jdbc.sql("""
                select c.family_id from consent c join site s on s.id = c.site_id
                where s.name = 'North Demo Site' and c.purpose = 'FILMING' and c.withdrawn_on is null
                order by c.family_id limit 1""").query(UUID.class).single();
        film = new byte[700_000];
        new Random(7).nextBytes(film);
        byte[] start = VideoContentTest.webmStart();
        System.arraycopy(start, 0, film, 0, start.length);
    }

    @Test
    void aFilmSentInChunksIsStoredWholeAndBecomesReadyOnlyWithItsLastByte() throws Exception {
        String location = create(film.length);
        send(location, 0, Arrays.copyOfRange(film, 0, 300_000)).andExpect(status().isNoContent())
                .andExpect(header().string("Upload-Offset", "300000"));
        assertThat(videoStatus(location)).isEqualTo("UPLOADING");

        send(location, 300_000, Arrays.copyOfRange(film, 300_000, film.length)).andExpect(status().isNoContent())
                .andExpect(header().string("Upload-Offset", String.valueOf(film.length)));

        assertThat(videoStatus(location)).isEqualTo("READY");
        assertThat(readBack(location)).isEqualTo(film);
    }

    @Test
    void aDamagedChunkOrOneAtTheWrongOffsetIsRefusedAndTheUploadStaysWhereItWas() throws Exception {
        String location = create(film.length);
        mvc.perform(patch(location).with(user(account(MIDWIFE))).with(csrf())
                        .contentType("application/offset+octet-stream").header("Upload-Offset", "0")
                        .header("Upload-Checksum", "sha256 " + sha256(new byte[] {1})).content(Arrays.copyOf(film, 1000)))
                .andExpect(status().is(460)).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("damaged")));
        offset(location, "0");
        send(location, 0, Arrays.copyOf(film, 1000)).andExpect(status().isNoContent());

        send(location, 500, Arrays.copyOfRange(film, 500, 1500)).andExpect(status().isConflict())
                .andExpect(header().string("Upload-Offset", "1000"));
        offset(location, "1000");
    }

    @Test
    void aConnectionCutMidChunkLosesOnlyThatChunkAndTheUploadCarriesOnFromTheLastWholeOne() throws Exception {
        String location = create(film.length);
        UUID video = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        send(location, 0, Arrays.copyOf(film, 200_000)).andExpect(status().isNoContent());

        InputStream cut = new InputStream() {
            private final InputStream rest = new ByteArrayInputStream(film, 200_000, 300_000);
            private int sent;

            @Override
            public int read() throws IOException {
                if (++sent > 150_000) {
                    throw new IOException("connection reset");
                }
                return rest.read();
            }
        };
        assertThatThrownBy(() -> new SignedIn(users).as(MIDWIFE, () -> {
            try {
                return uploads.append(video, 200_000, null, 300_000, cut);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).hasRootCauseMessage("connection reset");

        offset(location, "200000");
        send(location, 200_000, Arrays.copyOfRange(film, 200_000, film.length)).andExpect(status().isNoContent());
        assertThat(readBack(location)).isEqualTo(film);
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedByItsContent() throws Exception {
        String location = create(5000);
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(), 5000);
        send(location, 0, pdf).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not a video")));
        offset(location, "0");
    }

    @Test
    void aFilmOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        mvc.perform(post("/families/{id}/videos", family).with(user(account(MIDWIFE))).with(csrf())
                        .header("Tus-Resumable", "1.0.0").header("Upload-Length", String.valueOf(uploads.maxBytes() + 1)))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void withoutCurrentConsentToFilmingNothingCanBeUploadedNorCarriedOn() throws Exception {
        String location = create(film.length);
        send(location, 0, Arrays.copyOf(film, 1000)).andExpect(status().isNoContent());
        jdbc.sql("update consent set withdrawn_on = current_date where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family).update();
        try {
            mvc.perform(post("/families/{id}/videos", family).with(user(account(MIDWIFE))).with(csrf())
                            .header("Tus-Resumable", "1.0.0").header("Upload-Length", "1000"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("consent to filming")));
            send(location, 1000, Arrays.copyOfRange(film, 1000, 2000)).andExpect(status().isForbidden());
            offset(location, "1000");
        } finally {
            jdbc.sql("update consent set withdrawn_on = null where family_id = ? and purpose = 'FILMING'"
                    + " and withdrawn_on = current_date").param(family).update();
        }
    }

    @Test
    void nobodyButWhoeverStartedTheUploadCanSeeOrAddToIt() throws Exception {
        String location = create(film.length);
        // licensor staff carry on their own demonstration films' uploads here, so they too find no family's upload
        for (String other : new String[] {"lead@south.demo", "lead@north.demo", "manager@licensor.demo"}) {
            mvc.perform(head(location).with(user(account(other)))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/families/{id}/videos", family).with(user(account("lead@south.demo")))
                .with(csrf()).header("Upload-Length", "1000")).andExpect(status().isNotFound());
        mvc.perform(post("/families/{id}/videos?visit=antenatal-visit", family).with(user(account(MIDWIFE)))
                .with(csrf()).header("Upload-Length", "1000")).andExpect(status().isNotFound());
    }

    private String create(long length) throws Exception {
        return mvc.perform(post("/families/{id}/videos", family).with(user(account(MIDWIFE)))
                        .with(csrf()).header("Tus-Resumable", "1.0.0").header("Upload-Length", String.valueOf(length)))
                .andExpect(status().isCreated()).andExpect(header().string("Tus-Resumable", "1.0.0"))
                .andReturn().getResponse().getHeader("Location");
    }

    private org.springframework.test.web.servlet.ResultActions send(String location, long offset, byte[] chunk)
            throws Exception {
        return mvc.perform(patch(location).with(user(account(MIDWIFE))).with(csrf())
                .contentType("application/offset+octet-stream").header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", String.valueOf(offset)).header("Upload-Checksum", "sha256 " + sha256(chunk))
                .content(chunk));
    }

    private void offset(String location, String expected) throws Exception {
        mvc.perform(head(location).with(user(account(MIDWIFE)))).andExpect(status().isOk())
                .andExpect(header().string("Upload-Offset", expected));
    }

    private String videoStatus(String location) {
        return jdbc.sql("select status from video where id = ?").param(id(location)).query(String.class).single();
    }

    private byte[] readBack(String location) throws IOException {
        UUID id = id(location);
        WrappedKey key = new WrappedKey(jdbc.sql("select wrapped_key from video where id = ?").param(id)
                .query(byte[].class).single());
        var parts = jdbc.sql("select part, plaintext_length from video_part where video_id = ? order by part")
                .param(id).query((rs, row) -> new long[] {rs.getInt(1), rs.getLong(2)}).list();
        var out = new java.io.ByteArrayOutputStream();
        for (long[] part : parts) {
            try (InputStream in = vault.readPart(id, key, (int) part[0], 0, part[1])) {
                in.transferTo(out);
            }
        }
        return out.toByteArray();
    }

    private static UUID id(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
