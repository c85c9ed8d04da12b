package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.media.vault.WrappedKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two requests for the same chunk at once (a retry that overtakes a request still running behind a proxy): the first
 * to be recorded is the part, the other is refused, and its bytes never replace what was recorded.
 */
@PlatformTest
class RacingChunksTest {

    private static final String MIDWIFE = "midwife@north.demo";
    private static final int CHUNK = 200_000;

    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;
    @Autowired VideoVault vault;

    @Test
    void aSlowerRequestForAChunkAlreadyRecordedIsRefusedAndLeavesTheRecordedBytesAndNoBlobBehind() throws Exception {
        byte[] film = film(1);
        byte[] overtaken = film(2);
        SignedIn midwife = new SignedIn(users);
        UUID video = midwife.as(MIDWIFE, () -> uploads.start(new FamilyId(consentingFamily()), null, film.length));
        CountDownLatch halfSent = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);

        CompletableFuture<Throwable> slow = CompletableFuture.supplyAsync(() -> {
            try {
                midwife.as(MIDWIFE, () -> append(video, 0, new Pausing(overtaken, halfSent, carryOn)));
                return null;
            } catch (RuntimeException refused) {
                return refused;
            }
        });
        assertThat(halfSent.await(30, TimeUnit.SECONDS)).isTrue();
        long offset = midwife.as(MIDWIFE, () -> append(video, 0, new ByteArrayInputStream(film, 0, CHUNK)));
        carryOn.countDown();

        assertThat(offset).isEqualTo(CHUNK);
        assertThat(slow.get(30, TimeUnit.SECONDS)).isInstanceOf(UploadRefused.class)
                .extracting(refused -> ((UploadRefused) refused).status()).isEqualTo(409);
        midwife.as(MIDWIFE, () -> append(video, CHUNK, new ByteArrayInputStream(film, CHUNK, CHUNK)));
        assertThat(readBack(video)).isEqualTo(film);
        assertThat(vault.parts(video)).as("the refused attempt's blob is removed")
                .containsExactlyElementsOf(recordedParts(video));
    }

    private long append(UUID video, long offset, InputStream chunk) {
        try {
            return uploads.append(video, offset, null, CHUNK, chunk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UUID consentingFamily() {
        return jdbc.sql("""
                select c.family_id from consent c join site s on s.id = c.site_id
                where s.name = 'North Demo Site' and c.purpose = 'FILMING' and c.withdrawn_on is null
                order by c.family_id limit 1""").query(UUID.class).single();
    }

    private static byte[] film(long seed) {
        byte[] film = new byte[2 * CHUNK];
        new Random(seed).nextBytes(film);
        byte[] start = VideoContentTest.webmStart();
        System.arraycopy(start, 0, film, 0, start.length);
        return film;
    }

    private List<Integer> recordedParts(UUID video) {
        return jdbc.sql("select part from video_part where video_id = ? order by part").param(video)
                .query(Integer.class).list();
    }

    private byte[] readBack(UUID video) throws IOException {
        WrappedKey key = new WrappedKey(jdbc.sql("select wrapped_key from video where id = ?").param(video)
                .query(byte[].class).single());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int part : jdbc.sql("select part from video_part where video_id = ? order by plaintext_offset")
                .param(video).query(Integer.class).list()) {
            try (InputStream in = vault.readPart(video, key, part, 0, Long.MAX_VALUE)) {
                in.transferTo(out);
            }
        }
        return out.toByteArray();
    }

    /** A chunk whose sender stalls halfway until told to carry on. */
    private static final class Pausing extends InputStream {

        private final ByteArrayInputStream bytes;
        private final CountDownLatch halfSent;
        private final CountDownLatch carryOn;
        private int sent;

        Pausing(byte[] film, CountDownLatch halfSent, CountDownLatch carryOn) {
            this.bytes = new ByteArrayInputStream(Arrays.copyOf(film, CHUNK));
            this.halfSent = halfSent;
            this.carryOn = carryOn;
        }

        @Override
        public int read() throws IOException {
            if (sent++ == CHUNK / 2) {
                halfSent.countDown();
                try {
                    carryOn.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return bytes.read();
        }
    }
}
