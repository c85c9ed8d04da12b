package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The licensor's demonstration films: licensor staff upload one over the same tus protocol as family films, trained
 * facilitators of any site list it and stream it with range requests, an untrained facilitator is told to wait for
 * their training, commissioners and evaluators find nothing, and licensor staff delete it for good.
 */
@PlatformTest
@AutoConfigureMockMvc
class DemonstrationFilmsTest {

    private static final String MANAGER = "manager@licensor.demo";
    private static final String MIDWIFE = "midwife@north.demo";

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired VideoVault vault;

    @Test
    void licensorStaffUploadOverTusAndATrainedNorthFacilitatorListsAndStreamsIt() throws Exception {
        String title = "Setting up the room " + UUID.randomUUID();
        byte[] film = FilmFixture.bytes(500_000, 31);
        UUID id = upload(MANAGER, title, film);

        assertThat(jdbc.sql("select kind || ' ' || status || ' ' || (site_id is null) || ' ' || (family_id is null)"
                + " from video where id = ?").param(id).query(String.class).single())
                .isEqualTo("DEMONSTRATION READY true true");
        as(MIDWIFE, get("/demonstration-films")).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("What the room looks like")))
                .andExpect(content().string(not(containsString("Add a demonstration film"))));
        as(MIDWIFE, get("/demonstration-films/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/videos/" + id + "/stream")))
                .andExpect(content().string(containsString("controlsList=\"nodownload\"")));
        byte[] range = as(MIDWIFE, get("/videos/{id}/stream", id).header("Range", "bytes=1000-250999"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 1000-250999/500000"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(range).isEqualTo(Arrays.copyOfRange(film, 1000, 251_000));
    }

    @Test
    void aViewingOfADemonstrationFilmIsRecordedAndAuditedLikeAFamilyFilms() throws Exception {
        UUID id = upload(MANAGER, "Viewing " + UUID.randomUUID(), FilmFixture.bytes(50_000, 32));
        String viewId = as(MIDWIFE, post("/videos/{id}/views", id).param("duration", "12.5"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"viewId\":\"([0-9a-f-]+)\".*", "$1");
        as(MIDWIFE, post("/videos/{id}/views/{view}", id, viewId).param("seconds", "0")).andExpect(status().isNoContent());

        assertThat(jdbc.sql("select count(*) from video_view where video_id = ? and ended_at is not null"
                + " and user_id = (select id from app_user where email = ?)").params(id, MIDWIFE).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'video' and record_id = ?"
                + " and action = 'VIEW'").param(id.toString()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'video-bytes' and record_id = ?")
                .param(id.toString()).query(Integer.class).single()).isZero();
    }

    @Test
    void aDemonstrationFilmHasNoFamilyWatchPageAndTakesNoNotes() throws Exception {
        UUID id = upload(MANAGER, "No notes " + UUID.randomUUID(), FilmFixture.bytes(50_000, 33));
        as(MIDWIFE, get("/videos/{id}", id)).andExpect(status().isNotFound());
        as(MIDWIFE, post("/videos/{id}/notes", id).param("at", "0:01").param("text", "a moment"))
                .andExpect(status().isNotFound());
    }

    @Test
    void detailsMissingAreRefusedFieldByFieldAndNothingIsStarted() throws Exception {
        int before = demonstrationRows();
        as(MANAGER, post("/demonstration-films/videos").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "50000").header("Upload-Metadata", "title,description " + base64("  ")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a title for the film"))
                .andExpect(jsonPath("$.errors[1].field").value("description"));
        assertThat(demonstrationRows()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedByItsContent() throws Exception {
        String location = create(MANAGER, "Not a film", 20_000).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        byte[] text = "This is a text file pretending to be a film. ".repeat(500).substring(0, 20_000)
                .getBytes(StandardCharsets.US_ASCII);
        as(MANAGER, patch(location).contentType("application/offset+octet-stream").header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0").content(text)).andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void anUntrainedFacilitatorIsToldTheyCanWatchOnceTheirTrainingIsRecorded() throws Exception {
        UUID id = upload(MANAGER, "Untrained " + UUID.randomUUID(), FilmFixture.bytes(50_000, 34));
        String newcomer = account("newcomer", Role.FACILITATOR, northSite());
        as(newcomer, get("/demonstration-films")).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("once your core facilitator training is recorded")));
        as(newcomer, get("/demonstration-films/{id}", id)).andExpect(status().isForbidden());
        as(newcomer, get("/videos/{id}/stream", id)).andExpect(status().isForbidden());
    }

    @Test
    void aCommissionerAndAnotherSitesEvaluatorFindNothing() throws Exception {
        UUID id = upload(MANAGER, "Hidden " + UUID.randomUUID(), FilmFixture.bytes(50_000, 35));
        String evaluator = account("evaluator", Role.EVALUATOR, southSite());
        for (String other : new String[] {"commissioner@north.demo", evaluator}) {
            as(other, get("/demonstration-films")).andExpect(status().isNotFound());
            as(other, get("/demonstration-films/{id}", id)).andExpect(status().isNotFound());
            as(other, get("/videos/{id}/stream", id)).andExpect(status().isNotFound());
        }
    }

    @Test
    void aSiteLeadOrFacilitatorCannotUploadOrDelete() throws Exception {
        UUID id = upload(MANAGER, "Kept " + UUID.randomUUID(), FilmFixture.bytes(50_000, 36));
        for (String worker : new String[] {"lead@north.demo", MIDWIFE}) {
            as(worker, get("/demonstration-films/new")).andExpect(status().isForbidden());
            create(worker, "Mine", 50_000).andExpect(status().isForbidden());
            as(worker, post("/demonstration-films/{id}/deletion", id)).andExpect(status().isForbidden());
        }
        assertThat(statusOf(id)).isEqualTo("READY");
    }

    @Test
    void licensorStaffDeleteAFilmForGoodAfterConfirmingAndTheDeletionIsAudited() throws Exception {
        String title = "To delete " + UUID.randomUUID();
        UUID id = upload(MANAGER, title, FilmFixture.bytes(50_000, 37));
        as("admin@licensor.demo", get("/demonstration-films/{id}/deletion", id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete “" + title + "”?")));

        as("admin@licensor.demo", post("/demonstration-films/{id}/deletion", id))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/demonstration-films"));

        assertThat(statusOf(id)).isEqualTo("DELETED");
        assertThat(jdbc.sql("select wrapped_key is null from video where id = ?").param(id).query(Boolean.class)
                .single()).as("data key destroyed").isTrue();
        assertThat(vault.parts(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DELETE' and record_type = 'video'"
                + " and record_id = ? and actor_id = (select id from app_user where email = 'admin@licensor.demo')")
                .param(id.toString()).query(Integer.class)
                .single()).isEqualTo(1);
        as(MIDWIFE, get("/demonstration-films")).andExpect(content().string(not(containsString(title))));
        as(MIDWIFE, get("/videos/{id}/stream", id)).andExpect(status().isNotFound());
        as("admin@licensor.demo", post("/demonstration-films/{id}/deletion", id)).andExpect(status().isNotFound());
    }

    @Test
    void aFamilysFilmCannotBeOpenedOrDeletedAsADemonstrationFilm() throws Exception {
        UUID familyFilm = jdbc.sql("select id from video where kind = 'FAMILY' and status = 'READY' limit 1")
                .query(UUID.class).single();
        as(MIDWIFE, get("/demonstration-films/{id}", familyFilm)).andExpect(status().isNotFound());
        as(MANAGER, post("/demonstration-films/{id}/deletion", familyFilm)).andExpect(status().isNotFound());
        assertThat(statusOf(familyFilm)).isEqualTo("READY");
    }

    /** Uploads a film the way the page does: created with its details, then two checksummed chunks. */
    private UUID upload(String email, String title, byte[] film) throws Exception {
        String location = create(email, title, film.length).andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/media/uploads/")))
                .andReturn().getResponse().getHeader("Location");
        int half = film.length / 2;
        send(email, location, 0, Arrays.copyOfRange(film, 0, half)).andExpect(status().isNoContent());
        send(email, location, half, Arrays.copyOfRange(film, half, film.length)).andExpect(status().isNoContent())
                .andExpect(header().string("Upload-Offset", String.valueOf(film.length)));
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions create(String email, String title, long length) throws Exception {
        return as(email, post("/demonstration-films/videos").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", String.valueOf(length))
                .header("Upload-Metadata", "title " + base64(title) + ",description "
                        + base64("What the room looks like before filming")));
    }

    private ResultActions send(String email, String location, long offset, byte[] chunk) throws Exception {
        return as(email, patch(location).contentType("application/offset+octet-stream").header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", String.valueOf(offset)).header("Upload-Checksum", "sha256 " + Base64.getEncoder()
                        .encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(chunk)))
                .content(chunk));
    }

    private ResultActions as(String email, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
            request) throws Exception {
        return mvc.perform(request.with(user(account(email))).with(csrf()));
    }

    private String account(String who, Role role, UUID site) {
        String email = who + "-" + UUID.randomUUID() + "@demonstration.test";
        SystemIdentity.runAs("test", Set.of(Role.LICENSOR_ADMIN), () -> accounts.create(new NewUserAccount(email,
                "Test " + who, null, Set.of(role), Set.of(new SiteId(site)), "a-long-password-1")));
        return email;
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    private UUID northSite() {
        return jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }

    private UUID southSite() {
        return jdbc.sql("select id from site where name = 'South Demo Site'").query(UUID.class).single();
    }

    private String statusOf(UUID id) {
        return jdbc.sql("select status from video where id = ?").param(id).query(String.class).single();
    }

    private int demonstrationRows() {
        return jdbc.sql("select count(*) from video where kind = 'DEMONSTRATION'").query(Integer.class).single();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
