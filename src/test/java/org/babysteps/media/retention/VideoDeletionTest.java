package org.babysteps.media.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.UploadRefused;
import org.babysteps.media.upload.Uploads;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Films go when filming consent is withdrawn and when the retention time after the programme has run out: the data key
 * is destroyed at once, the encrypted parts leave storage (later, by the sweep, when storage was down), and the row
 * and the audit keep that the film existed. The vault is the real one (filesystem under target/), spied on only to
 * make storage fail once.
 */
@PlatformTest
class VideoDeletionTest {

    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyRegistration registration;
    @Autowired Families families;
    @Autowired Consents consents;
    @Autowired FamilyJourney journey;
    @Autowired Uploads uploads;
    @Autowired VideoDeletion deletion;
    @Autowired RetentionJob retention;
    @MockitoSpyBean VideoVault vault;

    private FilmFixture films;
    private SignedIn signedIn;

    @BeforeEach
    void fixtures() {
        signedIn = new SignedIn(users);
        films = new FilmFixture(signedIn, jdbc, registration, families, consents, journey, uploads);
    }

    @Test
    void withdrawingFilmingConsentDeletesEveryFilmOfTheFamilyAndNoOtherFamilys() throws IOException {
        FamilyId family = films.familyWithFilmingConsent(10);
        FamilyId other = films.familyWithFilmingConsent(10);
        UUID ready = films.film(family);
        UUID uploading = signedIn.as(FilmFixture.MIDWIFE, () -> uploads.start(family, null, 50_000));
        UUID otherFilm = films.film(other);
        assertThat(vault.parts(ready)).isNotEmpty();
        jdbc.sql("""
                insert into video_note (id, video_id, site_id, at_seconds, text, author_id, author_name)
                select gen_random_uuid(), id, site_id, 3, 'You paused and she looked at you', created_by, created_by_name
                from video where id = ?""").param(ready).update();

        films.withdrawFilmingConsent(family);

        await().atMost(Duration.ofSeconds(15)).until(() -> films.partsRemovedRecorded(ready)
                && films.partsRemovedRecorded(uploading));
        for (UUID film : List.of(ready, uploading)) {
            assertThat(films.status(film)).isEqualTo("DELETED");
            assertThat(films.keyDestroyed(film)).isTrue();
            assertThat(films.deletedReason(film)).isEqualTo("consent to filming withdrawn");
            assertThat(films.partRecords(film)).isZero();
            assertThat(vault.parts(film)).isEmpty();
            assertThat(films.deleteAudits(film)).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from video_note where video_id = ?").param(ready).query(Integer.class)
                .single()).as("the film's notes go with it").isZero();
        assertThat(films.status(otherFilm)).isEqualTo("READY");
        assertThat(vault.parts(otherFilm)).isNotEmpty();
    }

    @Test
    void retentionDeletesFilmsNinetyDaysAfterTheProgrammeEndedAndKeepsTheRest() throws IOException {
        FamilyId closedLongAgo = films.familyWithFilmingConsent(200);
        FamilyId closedRecently = films.familyWithFilmingConsent(200);
        FamilyId open = films.familyWithFilmingConsent(200);
        UUID due = films.film(closedLongAgo);
        UUID notYet = films.film(closedRecently);
        UUID stillInProgramme = films.film(open);
        films.close(closedLongAgo, 91);
        films.close(closedRecently, 89);

        retention.run(UkTime.today());

        assertThat(films.status(due)).isEqualTo("DELETED");
        assertThat(films.keyDestroyed(due)).isTrue();
        assertThat(films.deletedReason(due)).isEqualTo("retention: 90 days after the programme ended");
        assertThat(vault.parts(due)).isEmpty();
        assertThat(films.deleteAudits(due)).isEqualTo(1);
        for (UUID kept : List.of(notYet, stillInProgramme)) {
            assertThat(films.status(kept)).isEqualTo("READY");
            assertThat(vault.parts(kept)).isNotEmpty();
        }
    }

    @Test
    void twoRetentionRunsAtOnceDeleteEachFilmOnce() throws Exception {
        FamilyId family = films.familyWithFilmingConsent(200);
        List<UUID> due = List.of(films.film(family), films.film(family), films.film(family));
        films.close(family, 120);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<RetentionJob.Result> run = () -> retention.run(UkTime.today());
            List<Future<RetentionJob.Result>> runs = nodes.invokeAll(List.of(run, run));
            for (Future<RetentionJob.Result> result : runs) {
                result.get();
            }
        } finally {
            nodes.shutdown();
        }

        for (UUID film : due) {
            assertThat(films.status(film)).isEqualTo("DELETED");
            assertThat(films.deleteAudits(film)).isEqualTo(1);
        }
    }

    @Test
    void whenStorageFailsTheKeyIsDestroyedAnywayAndTheSweepRemovesThePartsLater() throws IOException {
        FamilyId family = films.familyWithFilmingConsent(10);
        UUID film = films.film(family);
        doThrow(new IOException("storage unavailable")).doCallRealMethod().when(vault).deleteVideo(film);

        boolean deleted = signedIn.as(FilmFixture.LEAD, () -> deletion.deleteFamilyFilm(film, "test: storage down"));

        assertThat(deleted).isTrue();
        assertThat(films.status(film)).isEqualTo("DELETED");
        assertThat(films.keyDestroyed(film)).isTrue();
        assertThat(films.partsRemovedRecorded(film)).isFalse();
        assertThat(vault.parts(film)).as("still in storage, unreadable without the key").isNotEmpty();

        retention.run(UkTime.today());

        assertThat(vault.parts(film)).isEmpty();
        assertThat(films.partsRemovedRecorded(film)).isTrue();
        assertThat(signedIn.as(FilmFixture.LEAD, () -> deletion.deleteFamilyFilm(film, "again"))).as("already deleted").isFalse();
        assertThat(films.deleteAudits(film)).isEqualTo(1);
    }

    @Test
    void anUploadInFlightWhenConsentIsWithdrawnNeverBecomesReady() throws IOException {
        FamilyId family = films.familyWithFilmingConsent(10);
        byte[] bytes = FilmFixture.filmBytes(80_000);
        UUID video = signedIn.as(FilmFixture.MIDWIFE, () -> uploads.start(family, null, bytes.length));
        InputStream withdrawnHalfway = new InputStream() {
            private final InputStream rest = new ByteArrayInputStream(bytes);
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ == 40_000) {
                    films.withdrawFilmingConsent(family);
                    await().atMost(Duration.ofSeconds(15)).until(() -> "DELETED".equals(films.status(video)));
                }
                return rest.read();
            }
        };

        assertThatThrownBy(() -> signedIn.as(FilmFixture.MIDWIFE, () -> {
            try {
                return uploads.append(video, 0, null, bytes.length, withdrawnHalfway);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isInstanceOf(UploadRefused.class).hasMessageContaining("deleted");

        assertThat(films.status(video)).isEqualTo("DELETED");
        assertThat(films.partRecords(video)).isZero();
        assertThat(vault.parts(video)).as("the part written after deletion is removed too").isEmpty();
        assertThat(films.deleteAudits(video)).isEqualTo(1);
    }
}
