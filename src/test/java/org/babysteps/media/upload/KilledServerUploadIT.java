package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed mid-upload, for real: the platform runs in a JVM of its own on a PostgreSQL and a storage folder
 * that outlive it, and is SIGKILLed twice while a chunk streams in, once with the chunk's first bytes in flight and
 * once with part of its encrypted part already on disk. Each time a new server starts on the same database and
 * storage; the upload stands at the end of its last whole chunk, the film can be neither listed as watchable nor
 * streamed, the client carries on from there, and the finished film streams back, by ranges, byte for byte.
 * PostgreSQL runs in this JVM (so it survives the kills as a real database server would) and is external to the
 * platform.
 */
class KilledServerUploadIT {

    private static final String MIDWIFE = "midwife@north.demo";
    private static final String PASSWORD = "demo-password-1";
    private static final String MASTER_KEY = "idWAZhezeOg3sfEmsrhdTP3JE8USA8KpEXdTrXlpzts=";
    private static final int MB = 1024 * 1024;
    private static final int LENGTH = 5 * MB + 4321;

    @TempDir
    Path work;

    private EmbeddedPostgres postgres;
    private PlatformProcess platform;
    private Path storage;
    private Path log;

    @RegisterExtension
    final TestWatcher logOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println("The platform's log ends:\n" + PlatformProcess.tail(log, 120));
        }
    };

    @BeforeEach
    void aDatabaseAndStorageThatOutliveThePlatform() throws IOException {
        storage = Files.createDirectories(work.resolve("media"));
        // outside the temporary folder, so it is still there to print after a failure (and for CI to keep)
        log = Files.createDirectories(Path.of("target", "killed-server-upload")).resolve("platform.log");
        Files.deleteIfExists(log);
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (platform != null) {
            platform.stop();
        }
        postgres.close();
    }

    @Test
    void anUploadCutByKilledServersResumesFromItsLastWholeChunkAndTheFilmPlaysBackByteForByte() throws Exception {
        byte[] film = film();
        platform = start(true);
        TusBrowser browser = new TusBrowser(platform.baseUrl());
        browser.signIn(MIDWIFE, PASSWORD);
        UUID family = familyWithFilmingConsent();
        browser.filmingPage(family);

        String upload = browser.create(family, film.length);
        UUID video = UUID.fromString(upload.substring(upload.lastIndexOf('/') + 1));
        assertThat(browser.patch(upload, 0, chunk(film, 0, MB))).isEqualTo(MB);

        // killed with the second chunk's first bytes in flight: the server has begun its part, nothing of it is whole
        try (Socket inFlight = browser.patchInFlight(upload, MB, chunk(film, MB, MB), 300_000)) {
            awaitUnfinishedPart(video, size -> size >= 0);
            platform.kill();
        }
        platform = restarted(browser);
        assertThat(browser.offset(upload)).as("offset after the first kill").isEqualTo(MB);
        assertNotWatchable(browser, family, video);

        assertThat(browser.patch(upload, MB, chunk(film, MB, MB))).isEqualTo(2 * MB);
        // killed in the middle of the encrypted part write: a 2 MB chunk, its first 1 MB segment already on disk
        try (Socket inFlight = browser.patchInFlight(upload, 2 * MB, chunk(film, 2 * MB, 2 * MB), 3 * MB / 2)) {
            awaitUnfinishedPart(video, size -> size >= MB);
            platform.kill();
        }
        platform = restarted(browser);
        assertThat(browser.offset(upload)).as("offset after the second kill").isEqualTo(2 * MB);
        assertNotWatchable(browser, family, video);

        long offset = 2 * MB;
        while (offset < film.length) {
            offset = browser.patch(upload, offset, chunk(film, (int) offset, Math.min(MB, film.length - (int) offset)));
        }
        assertThat(offset).isEqualTo(LENGTH);
        assertThat(streamedByRanges(browser, video)).as("the film streamed back").isEqualTo(film);
        assertThat(browser.filmingPage(family)).contains("/videos/" + video);
        try (Stream<Path> files = Files.list(storage.resolve(video.toString()))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the video's storage: its six parts (numbered by attempt, so with gaps where the killed"
                            + " writes were), no leftovers of the killed writes")
                    .hasSize(6).allMatch(name -> name.matches("\\d{10}"));
        }
    }

    private PlatformProcess start(boolean seedDemo) throws IOException, InterruptedException {
        Files.writeString(log, "\n===== platform starting =====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return PlatformProcess.start(log, List.of(
                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username=postgres", "spring.datasource.password=",
                "babysteps.demo.enabled=" + seedDemo,
                "babysteps.media.master-key=" + MASTER_KEY,
                "babysteps.media.storage.path=" + storage));
    }

    private PlatformProcess restarted(TusBrowser browser) throws IOException, InterruptedException {
        PlatformProcess restarted = start(false);
        browser.serverAt(restarted.baseUrl());
        return restarted;
    }

    /** A film still uploading is neither offered for watching nor streamed, however the request is made. */
    private static void assertNotWatchable(TusBrowser browser, UUID family, UUID video) throws Exception {
        assertThat(browser.filmingPage(family)).doesNotContain("/videos/" + video);
        assertThat(browser.get("/videos/" + video).statusCode()).as("the watch page").isEqualTo(404);
        assertThat(browser.getRange("/videos/" + video + "/stream", 0, 1000).statusCode()).as("the stream")
                .isEqualTo(404);
    }

    /** Waits until the server is writing a part of the video whose unfinished file's size passes the test. */
    private void awaitUnfinishedPart(UUID video, LongPredicate size) throws Exception {
        Path folder = storage.resolve(video.toString());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.filter(file -> file.getFileName().toString().contains(".unfinished-"))
                            .anyMatch(file -> size.test(file.toFile().length()))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The server never got to writing the chunk's part in " + folder);
    }

    /** The whole film through the player's endpoint, in ranges that do not line up with parts or segments. */
    private static byte[] streamedByRanges(TusBrowser browser, UUID video) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int window = 700_001;
        for (long first = 0; first < LENGTH; first += window) {
            long last = Math.min(LENGTH, first + window) - 1;
            HttpResponse<byte[]> range = browser.getRange("/videos/" + video + "/stream", first, last);
            assertThat(range.statusCode()).as("bytes " + first + "-" + last).isEqualTo(206);
            assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes " + first + "-" + last + "/" + LENGTH);
            out.writeBytes(range.body());
        }
        return out.toByteArray();
    }

    /** A north family in a group the midwife facilitates, with consent to filming (demo data). */
    private UUID familyWithFilmingConsent() throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet family = connection.createStatement().executeQuery("""
                     select e.family_id from enrolment e join site s on s.id = e.site_id
                     join consent c on c.family_id = e.family_id and c.purpose = 'FILMING' and c.withdrawn_on is null
                     where s.name = 'North Demo Site' and e.status in ('ENROLLED', 'COMPLETED')
                     order by e.family_id desc limit 1""")) {
            assertThat(family.next()).as("a demo family with consent to filming").isTrue();
            return family.getObject(1, UUID.class);
        }
    }

    /** The bundled demo recording (so its content is a real WebM) padded with random bytes to a few MB. */
    private static byte[] film() throws IOException {
        byte[] film = new byte[LENGTH];
        new Random(20261130).nextBytes(film);
        try (InputStream demo = KilledServerUploadIT.class.getResourceAsStream("/demo/talk-and-listen-demo.webm")) {
            byte[] start = demo.readAllBytes();
            System.arraycopy(start, 0, film, 0, start.length);
        }
        return film;
    }

    private static byte[] chunk(byte[] film, int from, int length) {
        return Arrays.copyOfRange(film, from, from + length);
    }
}
