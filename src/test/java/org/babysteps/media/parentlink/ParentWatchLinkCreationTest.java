package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Practitioners who may watch a family's film make a link for one of its parents from the watch page and withdraw it
 * there; nobody else can; the token is shown once and only its hash is kept; who did what, for whom, is audited.
 */
@PlatformTest
@AutoConfigureMockMvc
class ParentWatchLinkCreationTest {

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;

    private LinkFixture fixture;
    private UUID family;
    private UUID parent;
    private UUID video;

    @BeforeEach
    void aFilmOfANorthFamily() {
        fixture = new LinkFixture(mvc, uploads, users, jdbc);
        family = fixture.family();
        parent = fixture.parent(family);
        video = fixture.upload(family, LinkFixture.bytes(50_000, 41));
    }

    @Test
    void theFacilitatorMakesALinkForAParentThatWorksForSevenDaysAndIsKeptOnlyAsAHash() throws Exception {
        Instant before = Instant.now();
        String path = fixture.link(LinkFixture.MIDWIFE, video, parent);

        String token = path.substring(3);
        assertThat(Base64.getUrlDecoder().decode(token)).as("256 random bits").hasSize(32);
        Map<String, Object> row = jdbc.sql("select * from parent_watch_link where video_id = ?").param(video)
                .query().singleRow();
        assertThat((byte[]) row.get("token_hash")).isEqualTo(MessageDigest.getInstance("SHA-256")
                .digest(Base64.getUrlDecoder().decode(token)));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token));
        assertThat(row.get("participant_id")).isEqualTo(parent);
        assertThat(row.get("created_by")).isEqualTo(account(LinkFixture.MIDWIFE).userId().value());
        Instant expires = ((java.sql.Timestamp) row.get("expires_at")).toInstant();
        assertThat(Duration.between(before, expires)).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(1));
        assertThat(audit("CREATE", (UUID) row.get("id"))).singleElement().satisfies(event -> {
            assertThat(event.get("actor_name")).isEqualTo(LinkFixture.MIDWIFE);
            assertThat((String) event.get("detail")).contains("for parent " + parent).contains("video " + video);
        });
    }

    @Test
    void theLinkIsShownOnceAfterARedirectAndReloadingThatPageNeitherShowsItAgainNorMakesAnother() throws Exception {
        CurrentUser midwife = account(LinkFixture.MIDWIFE);
        var made = mvc.perform(post("/videos/{id}/parent-links", video).param("parent", parent.toString())
                        .with(user(midwife)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/videos/" + video + "/parent-links/made"))
                .andReturn();
        assertThat(made.getResponse().getContentAsString()).doesNotContain("/w/");

        String page = mvc.perform(get("/videos/{id}/parent-links/made", video)
                        .cookie(made.getResponse().getCookie(LinkFixture.SESSION_COOKIE))
                        .with(user(midwife)))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Link made").contains("/w/");

        mvc.perform(get("/videos/{id}/parent-links/made", video).with(user(midwife))
                        .cookie(made.getResponse().getCookie(LinkFixture.SESSION_COOKIE)))
                .andExpect(redirectedUrl("/videos/" + video + "#parent-links"))
                .andExpect(content().string(not(containsString("/w/"))));
        assertThat(links()).as("one link, however often the page is reloaded").isEqualTo(1);
    }

    @Test
    void nobodyWhoMayNotWatchTheFilmOpensThePageAfterALinkIsMade() throws Exception {
        for (String other : List.of("lead@south.demo", "admin@licensor.demo", "commissioner@north.demo")) {
            mvc.perform(get("/videos/{id}/parent-links/made", video).with(user(account(other))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theSiteLeadMayMakeALinkToo() throws Exception {
        assertThat(fixture.link("lead@north.demo", video, parent)).startsWith("/w/");
    }

    @Test
    void nobodyWhoMayNotWatchTheFilmCanMakeALinkToIt() throws Exception {
        for (String other : List.of("lead@south.demo", "midwife@south.demo", "admin@licensor.demo",
                "manager@licensor.demo", "commissioner@north.demo")) {
            mvc.perform(post("/videos/{id}/parent-links", video).param("parent", parent.toString())
                    .with(user(account(other))).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(links()).isZero();
    }

    @Test
    void withoutCurrentConsentToFilmingNoLinkIsMadeAndThePageSaysWhy() throws Exception {
        jdbc.sql("update consent set withdrawn_on = current_date where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family).update();
        try {
            mvc.perform(post("/videos/{id}/parent-links", video).param("parent", parent.toString())
                    .with(user(account(LinkFixture.MIDWIFE))).with(csrf())).andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("consent to filming")));
        } finally {
            jdbc.sql("update consent set withdrawn_on = null where family_id = ? and purpose = 'FILMING'"
                    + " and withdrawn_on = current_date").param(family).update();
        }
        assertThat(links()).isZero();
    }

    @Test
    void aDemonstrationFilmHasNoParentsSoNobodyCanMakeALinkToIt() throws Exception {
        UUID demonstration = jdbc.sql("select id from video where kind = 'DEMONSTRATION' and status = 'READY' limit 1")
                .query(UUID.class).single();
        for (String watcher : List.of("manager@licensor.demo", LinkFixture.MIDWIFE)) {
            mvc.perform(post("/videos/{id}/parent-links", demonstration).param("parent", parent.toString())
                    .with(user(account(watcher))).with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(links()).isZero();
    }

    @Test
    void aLinkIsOnlyForAParentOfTheFilmsFamilyAndWithoutOneTheFormSaysSoAndNothingIsSaved() throws Exception {
        UUID otherFamilysParent = jdbc.sql("select id from family_member where family_id <> ? and role = 'PARENT' limit 1")
                .param(family).query(UUID.class).single();
        for (String chosen : new String[] {null, "", "not-an-id", otherFamilysParent.toString()}) {
            var request = post("/videos/{id}/parent-links", video).with(user(account(LinkFixture.MIDWIFE))).with(csrf());
            mvc.perform(chosen == null ? request : request.param("parent", chosen)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("There is a problem")))
                    .andExpect(content().string(containsString("Select the parent the link is for")))
                    .andExpect(content().string(not(containsString("/w/"))));
        }
        assertThat(links()).isZero();
    }

    @Test
    void theWatchPageListsTheLinksThatWorkAndAWithdrawnOneStopsAtOnceAndIsAudited() throws Exception {
        String path = fixture.link(LinkFixture.MIDWIFE, video, parent);
        UUID link = fixture.linkId(path);
        String parentName = jdbc.sql("select name from family_member where id = ?").param(parent).query(String.class).single();
        mvc.perform(get("/videos/{id}", video).with(user(account("lead@north.demo")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Links to this film that work")))
                .andExpect(content().string(containsString(parentName)))
                .andExpect(content().string(containsString("Maya Midwife-North (demo)")))
                .andExpect(content().string(containsString("/parent-links/" + link + "/withdrawal")));
        mvc.perform(get(path)).andExpect(status().isOk());

        mvc.perform(post("/videos/{id}/parent-links/{link}/withdrawal", video, link).with(user(account("lead@north.demo")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/videos/" + video + "#parent-links"))
                .andExpect(flash().attribute("success", "The link for " + parentName + " no longer works"));

        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get("/videos/{id}", video).with(user(account(LinkFixture.MIDWIFE))))
                .andExpect(content().string(containsString("No link to this film works at the moment")));
        assertThat(jdbc.sql("select withdrawn_by_name from parent_watch_link where id = ?").param(link)
                .query(String.class).single()).isEqualTo(account("lead@north.demo").displayName());
        assertThat(audit("UPDATE", link)).singleElement()
                .satisfies(event -> assertThat((String) event.get("detail")).startsWith("withdrawn before"));
    }

    @Test
    void nobodyWhoMayNotWatchTheFilmCanWithdrawItsLinkNorWithdrawItThroughAnotherFilm() throws Exception {
        String path = fixture.link(LinkFixture.MIDWIFE, video, parent);
        UUID link = fixture.linkId(path);
        UUID otherFilm = fixture.upload(family, LinkFixture.bytes(30_000, 42));
        for (String other : List.of("lead@south.demo", "admin@licensor.demo", "commissioner@north.demo")) {
            mvc.perform(post("/videos/{id}/parent-links/{link}/withdrawal", video, link).with(user(account(other)))
                    .with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/videos/{id}/parent-links/{link}/withdrawal", otherFilm, link)
                .with(user(account(LinkFixture.MIDWIFE))).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void anExpiredLinkIsNoLongerListed() throws Exception {
        UUID link = fixture.linkId(fixture.link(LinkFixture.MIDWIFE, video, parent));
        jdbc.sql("update parent_watch_link set created_at = ?, expires_at = ? where id = ?")
                .params(OffsetDateTime.now().minusDays(8), OffsetDateTime.now().minusDays(1), link).update();
        mvc.perform(get("/videos/{id}", video).with(user(account(LinkFixture.MIDWIFE))))
                .andExpect(content().string(containsString("No link to this film works at the moment")));
    }

    private long links() {
        return jdbc.sql("select count(*) from parent_watch_link where video_id = ?").param(video).query(Long.class).single();
    }

    private List<Map<String, Object>> audit(String action, UUID link) {
        return jdbc.sql("select actor_name, detail from audit_event where record_type = 'video-parent-link'"
                + " and record_id = ? and action = ?").params(link.toString(), action).query().listOfRows();
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
