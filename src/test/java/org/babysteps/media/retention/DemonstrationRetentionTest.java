package org.babysteps.media.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.DemonstrationFilms;
import org.babysteps.media.upload.DemonstrationUploads;
import org.babysteps.media.upload.Uploads;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The licensor's demonstration films are no family's: the daily retention job, which deletes family films after the
 * programme, and a family's withdrawal of filming consent both leave them as they are, encrypted parts included.
 */
@PlatformTest
class DemonstrationRetentionTest {

    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired FamilyRegistration registration;
    @Autowired Families families;
    @Autowired Consents consents;
    @Autowired FamilyJourney journey;
    @Autowired Uploads uploads;
    @Autowired DemonstrationFilms demonstrations;
    @Autowired RetentionJob retention;
    @Autowired VideoVault vault;
    @Autowired VideoDeletion deletion;
    @Autowired DemonstrationUploads demonstrationUploads;

    private FilmFixture films;
    private SignedIn signedIn;
    private UUID demonstration;

    @BeforeEach
    void aDemonstrationFilm() {
        signedIn = new SignedIn(users);
        films = new FilmFixture(signedIn, jdbc, registration, families, consents, journey, uploads);
        byte[] bytes = FilmFixture.filmBytes(40_000);
        demonstration = signedIn.as("manager@licensor.demo", () -> {
            try {
                return demonstrations.store("Kept " + UUID.randomUUID(), "A demonstration", new ByteArrayInputStream(bytes),
                        bytes.length);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void theRetentionJobDeletesADueFamilyFilmAndSkipsTheDemonstrationFilm() throws IOException {
        FamilyId closedLongAgo = films.familyWithFilmingConsent(300);
        UUID due = films.film(closedLongAgo);
        films.close(closedLongAgo, 200);

        retention.run(UkTime.today());

        assertThat(films.status(due)).as("the job ran and deleted the family's film").isEqualTo("DELETED");
        assertThat(films.status(demonstration)).isEqualTo("READY");
        assertThat(films.keyDestroyed(demonstration)).isFalse();
        assertThat(films.deleteAudits(demonstration)).isZero();
        assertThat(vault.parts(demonstration)).isNotEmpty();
    }

    @Test
    void withdrawingAFamilysFilmingConsentLeavesTheDemonstrationFilm() throws IOException {
        FamilyId family = films.familyWithFilmingConsent(10);
        UUID film = films.film(family);

        films.withdrawFilmingConsent(family);

        await().atMost(Duration.ofSeconds(15)).until(() -> films.status(film).equals("DELETED"));
        assertThat(films.status(demonstration)).isEqualTo("READY");
        assertThat(vault.parts(demonstration)).isNotEmpty();
    }

    @Test
    void deletingAFamilyFilmNeverDeletesADemonstrationFilmNorTheOtherWayRound() throws IOException {
        UUID familyFilm = films.film(films.familyWithFilmingConsent(10));

        assertThat(signedIn.as("admin@licensor.demo", () -> deletion.deleteFamilyFilm(demonstration, "test")))
                .isFalse();
        assertThat(signedIn.as(FilmFixture.LEAD, () -> deletion.deleteDemonstration(familyFilm, "test"))).isFalse();

        assertThat(films.status(demonstration)).isEqualTo("READY");
        assertThat(films.keyDestroyed(demonstration)).isFalse();
        assertThat(films.status(familyFilm)).isEqualTo("READY");
        assertThat(signedIn.as("admin@licensor.demo", () -> deletion.deleteDemonstration(demonstration, "test")))
                .isTrue();
        assertThat(films.status(demonstration)).isEqualTo("DELETED");
    }

    @Test
    void uploadsOfEitherKindUntouchedForSevenDaysAreDeletedAndAReadyDemonstrationFilmNeverIs() throws IOException {
        FamilyId family = films.familyWithFilmingConsent(30);
        UUID familyUpload = signedIn.as(FilmFixture.MIDWIFE, () -> uploads.start(family, null, 50_000));
        UUID recentUpload = signedIn.as(FilmFixture.MIDWIFE, () -> uploads.start(family, null, 50_000));
        UUID demonstrationUpload = signedIn.as("manager@licensor.demo",
                () -> demonstrationUploads.start("Abandoned " + UUID.randomUUID(), "Never finished", 50_000));
        untouchedFor(8, familyUpload, demonstrationUpload, demonstration);
        untouchedFor(6, recentUpload);

        retention.run(UkTime.today());

        for (UUID abandoned : java.util.List.of(familyUpload, demonstrationUpload)) {
            assertThat(films.status(abandoned)).isEqualTo("DELETED");
            assertThat(films.keyDestroyed(abandoned)).isTrue();
            assertThat(films.deletedReason(abandoned)).isEqualTo("abandoned upload: untouched for 7 days");
            assertThat(films.deleteAudits(abandoned)).isEqualTo(1);
        }
        assertThat(films.status(recentUpload)).isEqualTo("UPLOADING");
        assertThat(films.status(demonstration)).as("ready, however old").isEqualTo("READY");
        assertThat(films.keyDestroyed(demonstration)).isFalse();
        assertThat(films.deleteAudits(demonstration)).isZero();
        assertThat(vault.parts(demonstration)).isNotEmpty();
    }

    private void untouchedFor(int days, UUID... videos) {
        for (UUID video : videos) {
            jdbc.sql("update video set touched_at = now() - make_interval(days => ?) where id = ?").params(days, video)
                    .update();
        }
    }
}
