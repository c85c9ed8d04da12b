package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.playback.FilmNotes;
import org.babysteps.media.playback.NoteDraft;
import org.babysteps.media.retention.VideoDeletion;
import org.babysteps.media.upload.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A parent opens their link without signing in: their film plays with range requests and its notes are shown; only
 * that film; every viewing is audited in the link's name; and once the link expires, is withdrawn, or its film is
 * deleted or its filming consent is no longer current, it answers the same 404 as a token that never existed.
 */
@PlatformTest
@AutoConfigureMockMvc
class ParentWatchLinkTest {

    private static final String UNUSABLE = "This link has expired or is not valid. Ask your practitioner for a new link.";

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;
    @Autowired FilmNotes notes;
    @Autowired VideoDeletion deletion;
    @Autowired ParentLinks parentLinks;

    private LinkFixture fixture;
    private UUID family;
    private byte[] film;
    private UUID video;
    private String path;

    @BeforeEach
    void aLinkForAParentToAFilmWithANote() throws Exception {
        fixture = new LinkFixture(mvc, uploads, users, jdbc);
        family = fixture.family();
        film = LinkFixture.bytes(300_000, 51);
        video = fixture.upload(family, film);
        new SignedIn(users).run(LinkFixture.MIDWIFE,
                () -> assertThat(notes.add(video, new NoteDraft(3, null, "You paused and she looked at you"))).isEmpty());
        path = fixture.link(LinkFixture.MIDWIFE, video, fixture.parent(family));
    }

    @Test
    void theParentSeesTheFilmAndItsNotesWithoutSigningInOrAnyNavigation() throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString("Your talk and listen time film")))
                .andExpect(content().string(containsString("controlsList=\"nodownload\"")))
                .andExpect(content().string(containsString(path + "/stream")))
                .andExpect(content().string(containsString("You paused and she looked at you")))
                .andExpect(content().string(containsString("data-seek=\"3\"")))
                .andExpect(content().string(not(containsString("govuk-service-navigation"))));
    }

    @Test
    void theParentStreamsWithRangesAndSeeksWithinTheFilm() throws Exception {
        byte[] start = mvc.perform(get(path + "/stream").header("Range", "bytes=0-999"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-999/" + film.length))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", "inline"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(start).isEqualTo(Arrays.copyOfRange(film, 0, 1000));
        int from = film.length / 2 - 500;
        byte[] middle = mvc.perform(get(path + "/stream").header("Range", "bytes=" + from + "-" + (from + 1999)))
                .andExpect(status().isPartialContent()).andReturn().getResponse().getContentAsByteArray();
        assertThat(middle).as("across the two parts").isEqualTo(Arrays.copyOfRange(film, from, from + 2000));
        mvc.perform(get(path + "/stream").header("Range", "bytes=" + film.length + "-"))
                .andExpect(status().isRequestedRangeNotSatisfiable());
    }

    @Test
    void theLinkOpensItsOwnFilmOnlyAndGrantsNothingElse() throws Exception {
        byte[] other = LinkFixture.bytes(40_000, 52);
        UUID otherFilm = fixture.upload(family, other);
        MockHttpSession session = new MockHttpSession();
        byte[] served = mvc.perform(get(path + "/stream").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(film);
        mvc.perform(get(path + "/stream").param("videoId", otherFilm.toString()).session(session))
                .andExpect(status().isOk()).andExpect(header().longValue("Content-Length", film.length));
        for (UUID any : List.of(otherFilm, video)) {
            mvc.perform(get("/videos/{id}/stream", any).session(session))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/videos/{id}", any).session(session)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/families/{id}", family).session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anExpiredLinkAnswersTheSamePlain404AsAnUnknownOne() throws Exception {
        jdbc.sql("update parent_watch_link set created_at = ?, expires_at = ? where id = ?")
                .params(OffsetDateTime.now().minusDays(8), OffsetDateTime.now().minusSeconds(1), fixture.linkId(path))
                .update();
        refused(path);
        assertThat(refusals()).anyMatch(detail -> detail.endsWith("refused: expired"));
    }

    @Test
    void aWithdrawnLinkStopsAtOnce() throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
        new SignedIn(users).run(LinkFixture.MIDWIFE, () -> parentLinks.withdraw(video, fixture.linkId(path)));
        refused(path);
    }

    @Test
    void aDeletedFilmsLinkStopsAtOnce() throws Exception {
        new SignedIn(users).run(LinkFixture.MIDWIFE, () -> assertThat(deletion.deleteFamilyFilm(video, "test")).isTrue());
        refused(path);
    }

    @Test
    void deletingTheFilmClosesItsLinksInTheSameTransactionAndForgetsTheParentsName() throws Exception {
        UUID link = fixture.linkId(path);
        UUID participant = fixture.parent(family);

        new SignedIn(users).run(LinkFixture.MIDWIFE,
                () -> assertThat(deletion.deleteFamilyFilm(video, "consent to filming withdrawn")).isTrue());

        var row = jdbc.sql("select withdrawn_at is not null as closed, withdrawn_by_name, parent_name, participant_id"
                + " from parent_watch_link where id = ?").param(link).query().singleRow();
        assertThat(row.get("closed")).isEqualTo(true);
        assertThat(row.get("withdrawn_by_name")).isEqualTo("film deleted: consent to filming withdrawn");
        assertThat(row.get("parent_name")).as("no name left behind").isNull();
        assertThat(row.get("participant_id")).isEqualTo(participant);
        assertThat(jdbc.sql("select detail from audit_event where record_type = 'video-parent-link' and record_id = ?"
                        + " and action = 'UPDATE'").param(link.toString()).query(String.class).list())
                .singleElement().satisfies(detail -> assertThat(detail)
                        .contains("film deleted: consent to filming withdrawn").contains("parent " + participant));
        mvc.perform(get("/videos/{id}", video).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(users.findByEmail(LinkFixture.MIDWIFE).orElseThrow())))
                .andExpect(status().isNotFound());
        refused(path);
    }

    @Test
    void withoutCurrentConsentToFilmingTheLinkStops() throws Exception {
        jdbc.sql("update consent set withdrawn_on = current_date where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family).update();
        try {
            refused(path);
        } finally {
            jdbc.sql("update consent set withdrawn_on = null where family_id = ? and purpose = 'FILMING'"
                    + " and withdrawn_on = current_date").param(family).update();
        }
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void anUnknownOrMalformedTokenAnswersTheSamePlain404() throws Exception {
        refused("/w/" + "B".repeat(43));
        refused("/w/not-a-token");
        refused("/w/" + "A".repeat(200));
    }

    @Test
    void everyViewingByTheParentIsRecordedAndAuditedInTheLinksName() throws Exception {
        UUID link = fixture.linkId(path);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get(path).session(session)).andExpect(status().isOk());
        String body = mvc.perform(post(path + "/views").session(session).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID view = UUID.fromString(JsonPath.read(body, "$.viewId"));
        jdbc.sql("update video_view set started_at = now() - interval '1 minute' where id = ?").param(view).update();

        mvc.perform(post(path + "/views/" + view).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("seconds=42")).andExpect(status().isNoContent());

        String who = "parent via link " + link;
        var row = jdbc.sql("select user_id, user_name, seconds_watched, ended_at is not null as ended from video_view"
                + " where id = ? and video_id = ?").params(view, video).query().singleRow();
        assertThat(row.get("user_id")).isEqualTo(link);
        assertThat(row.get("user_name")).isEqualTo(who);
        assertThat(row.get("seconds_watched")).isEqualTo(42);
        assertThat(row.get("ended")).isEqualTo(true);
        List<String> audited = jdbc.sql("select detail from audit_event where record_type = 'video' and record_id = ?"
                + " and action = 'VIEW' and actor_name = ? and actor_id = ?").params(video.toString(), who, link)
                .query(String.class).list();
        assertThat(audited).contains("viewing " + view + " started by " + who,
                "viewing " + view + " by " + who + " ended after 42 seconds watched");
    }

    @Test
    void withoutItsCsrfTokenOrWithAnotherViewingsIdNothingIsRecorded() throws Exception {
        mvc.perform(post(path + "/views")).andExpect(status().isForbidden());
        mvc.perform(post(path + "/views/" + UUID.randomUUID()).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("seconds=5")).andExpect(status().isNotFound());
    }

    @Test
    void anAddressThatKeepsSendingBadTokensIsThrottledForBadTokensButARealLinkFromItStillWorks() throws Exception {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        jdbc.sql("delete from parent_watch_link_refusal where address = ?").param(address).update();
        try {
            for (int i = 0; i < 20; i++) {
                mvc.perform(get("/w/" + "C".repeat(42) + (char) ('a' + i)).with(from(address)))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get("/w/" + "D".repeat(43)).with(from(address))).andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().string(containsString("Too many tries")));
            // a shared address (a mobile network, hospital Wi-Fi): the parent behind it is not locked out
            mvc.perform(get(path).with(from(address))).andExpect(status().isOk());
            mvc.perform(get(path + "/stream").with(from(address))).andExpect(status().isOk());
            mvc.perform(get("/w/" + "D".repeat(43)).with(from("198.51.100.7"))).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("delete from parent_watch_link_refusal where address = ?").param(address).update();
        }
    }

    @Test
    void badTokensFromAddressesOfOneIpv6NetworkCountTogether() throws Exception {
        String network = "2001:db8:" + Integer.toHexString(1 + new java.util.Random().nextInt(0xfffe)) + ":7";
        try {
            for (int i = 0; i < 20; i++) {
                mvc.perform(get("/w/" + "E".repeat(43)).with(from(network + "::" + Integer.toHexString(i + 1))))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(get("/w/" + "E".repeat(43)).with(from(network + ":abcd:1234:5678:9abc")))
                    .andExpect(status().isTooManyRequests());
            assertThat(jdbc.sql("select distinct address from parent_watch_link_refusal where address like ?")
                    .param(network + "%").query(String.class).list()).containsExactly(network + "::/64");
        } finally {
            jdbc.sql("delete from parent_watch_link_refusal where address like ?").param(network + "%").update();
        }
    }

    private void refused(String link) throws Exception {
        for (ResultActions answer : List.of(mvc.perform(get(link)), mvc.perform(get(link + "/stream")))) {
            answer.andExpect(status().isNotFound()).andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(content().string(containsString(UNUSABLE)));
        }
        // the tokens this class refuses must not add up to throttling other tests, which all come from this address
        jdbc.sql("delete from parent_watch_link_refusal where address = '127.0.0.1'").update();
    }

    private List<String> refusals() {
        return jdbc.sql("select detail from audit_event where record_type = 'video-parent-link' and record_id = ?"
                + " and action = 'VIEW'").param(fixture.linkId(path).toString()).query(String.class).list();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
