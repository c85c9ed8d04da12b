package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.playback.DemonstrationViewers;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.media.vault.WrappedKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo has one talk and listen time film, filmed by north's midwife for a family that consented to filming, and
 * one demonstration film of the licensor's, which she is trained to watch.
 */
@PlatformTest
class DemoFilmTest {

    @Autowired JdbcClient jdbc;
    @Autowired VideoVault vault;
    @Autowired UserStore users;
    @Autowired DemonstrationViewers viewers;

    @Test
    void northsMidwifeFilmedAConsentingFamilyAndTheFilmDecryptsToTheGeneratedOne() throws IOException {
        Map<String, Object> film = jdbc.sql("""
                select v.id, v.status, v.content_type, v.created_by_name, v.wrapped_key,
                       exists (select 1 from consent c where c.family_id = v.family_id and c.purpose = 'FILMING'
                               and c.withdrawn_on is null) as consented
                from video v join site s on s.id = v.site_id where s.name = 'North Demo Site'
                order by v.created_at limit 1""").query().singleRow();

        assertThat(film).containsEntry("status", "READY").containsEntry("content_type", "video/webm")
                .containsEntry("created_by_name", "Maya Midwife-North (demo)").containsEntry("consented", true);
        byte[] expected;
        try (InputStream in = new ClassPathResource("demo/talk-and-listen-demo.webm").getInputStream()) {
            expected = in.readAllBytes();
        }
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        try (InputStream in = vault.readPart((UUID) film.get("id"), new WrappedKey((byte[]) film.get("wrapped_key")), 0,
                0, expected.length)) {
            in.transferTo(stored);
        }
        assertThat(stored.toByteArray()).isEqualTo(expected);
    }

    @Test
    void theProgrammeManagerAddedTheDemonstrationFilmAndNorthsMidwifeIsTrainedToWatchIt() {
        Map<String, Object> film = jdbc.sql("""
                select status, content_type, created_by_name, site_id, family_id from video
                where kind = 'DEMONSTRATION' and title = 'Setting up talk and listen time'
                order by created_at limit 1""").query().singleRow();

        assertThat(film).containsEntry("status", "READY").containsEntry("content_type", "video/webm")
                .containsEntry("created_by_name", "Morgan Manager (demo)").containsEntry("site_id", null)
                .containsEntry("family_id", null);
        assertThatCode(() -> new SignedIn(users).run("midwife@north.demo", viewers::requireViewer))
                .as("her facilitator training counts today").doesNotThrowAnyException();
    }
}
