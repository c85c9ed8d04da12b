package org.babysteps.media.playback;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Films made the real way: uploaded by the north midwife through {@link Uploads}, one part per chunk. */
final class FilmFixture {

    static final String MIDWIFE = "midwife@north.demo";

    private final Uploads uploads;
    private final SignedIn signedIn;
    private final JdbcClient jdbc;

    FilmFixture(Uploads uploads, UserStore users, JdbcClient jdbc) {
        this.uploads = uploads;
        this.signedIn = new SignedIn(users);
        this.jdbc = jdbc;
    }

    /** A north family in a group the midwife facilitates, with its consent to filming. */
    UUID family() {
        return jdbc.sql("""
                select e.family_id from enrolment e join site s on s.id = e.site_id
                join consent c on c.family_id = e.family_id and c.purpose = 'FILMING' and c.withdrawn_on is null
                where s.name = 'North Demo Site' and e.status in ('ENROLLED', 'COMPLETED')
                order by e.family_id desc limit 1""").query(UUID.class).single();
    }

    /** Random bytes that start like a WebM recording, so the upload takes them as a video. */
    static byte[] bytes(int length, long seed) {
        byte[] film = new byte[length];
        new Random(seed).nextBytes(film);
        byte[] start = webmStart();
        System.arraycopy(start, 0, film, 0, start.length);
        return film;
    }

    /** Uploads the film in chunks of these sizes (the last chunk takes what is left) and returns its id. */
    UUID upload(UUID family, byte[] film, int... chunkSizes) {
        return signedIn.as(MIDWIFE, () -> {
            UUID id = uploads.start(new FamilyId(family), null, film.length);
            int offset = 0;
            for (int i = 0; offset < film.length; i++) {
                int size = i < chunkSizes.length ? Math.min(chunkSizes[i], film.length - offset) : film.length - offset;
                try {
                    offset = (int) uploads.append(id, offset, null, size, new ByteArrayInputStream(film, offset, size));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return id;
        });
    }

    private static byte[] webmStart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F});
        out.writeBytes(new byte[] {0x42, (byte) 0x86, (byte) 0x81, 0x01});
        out.writeBytes(new byte[] {0x42, (byte) 0x82, (byte) 0x84});
        out.writeBytes("webm".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0x42, (byte) 0x87, (byte) 0x81, 0x04, 0x42, (byte) 0x85, (byte) 0x81, 0x02});
        return out.toByteArray();
    }
}
