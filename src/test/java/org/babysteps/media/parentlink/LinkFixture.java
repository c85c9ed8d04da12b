package org.babysteps.media.parentlink;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Films uploaded the real way by the north midwife, and parents' links made to them through the watch page's form. */
final class LinkFixture {

    static final String MIDWIFE = "midwife@north.demo";
    /** The session (Spring Session, in PostgreSQL) carries the flash attribute from the POST to the page after it. */
    static final String SESSION_COOKIE = "BABYSTEPS_SESSION";

    private final MockMvc mvc;
    private final Uploads uploads;
    private final UserStore users;
    private final JdbcClient jdbc;

    LinkFixture(MockMvc mvc, Uploads uploads, UserStore users, JdbcClient jdbc) {
        this.mvc = mvc;
        this.uploads = uploads;
        this.users = users;
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

    /** The family's first parent. */
    UUID parent(UUID family) {
        return jdbc.sql("select id from family_member where family_id = ? and role = 'PARENT' order by position limit 1")
                .param(family).query(UUID.class).single();
    }

    /** Random bytes that start like a WebM recording, so the upload takes them as a video. */
    static byte[] bytes(int length, long seed) {
        byte[] film = new byte[length];
        new Random(seed).nextBytes(film);
        byte[] start = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01, 0x42,
                (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm', 0x42, (byte) 0x87, (byte) 0x81, 0x04, 0x42, (byte) 0x85,
                (byte) 0x81, 0x02};
        System.arraycopy(start, 0, film, 0, start.length);
        return film;
    }

    /** Uploads a film of the family in two parts and returns its id. */
    UUID upload(UUID family, byte[] film) {
        return new SignedIn(users).as(MIDWIFE, () -> {
            UUID id = uploads.start(new FamilyId(family), null, film.length);
            int half = film.length / 2;
            try {
                uploads.append(id, 0, null, half, new ByteArrayInputStream(film, 0, half));
                uploads.append(id, half, null, film.length - half, new ByteArrayInputStream(film, half, film.length - half));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return id;
        });
    }

    /**
     * Makes a link for the parent as this member of staff, through the watch page's form and the page it redirects to
     * (which shows the link once, from a flash attribute, in the same session), and returns its path.
     */
    String link(String email, UUID video, UUID parent) throws Exception {
        MvcResult made = mvc.perform(post("/videos/{id}/parent-links", video).param("parent", parent.toString())
                        .with(user(users.findByEmail(email).orElseThrow())).with(csrf()))
                .andExpect(redirectedUrl("/videos/" + video + "/parent-links/made")).andReturn();
        String page = mvc.perform(get("/videos/{id}/parent-links/made", video)
                        .cookie(made.getResponse().getCookie(LinkFixture.SESSION_COOKIE))
                        .with(user(users.findByEmail(email).orElseThrow())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int at = page.indexOf("/w/", page.indexOf("id=\"parent-link\""));
        return page.substring(at, at + 3 + 43);
    }

    /** The id of the link a path opens, from the hash of its token (as the platform finds it). */
    UUID linkId(String path) {
        byte[] hash = SecretLinkToken.hash(path.substring(3)).orElseThrow();
        return jdbc.sql("select id from parent_watch_link where token_hash = ?").param(hash).query(UUID.class).single();
    }
}
