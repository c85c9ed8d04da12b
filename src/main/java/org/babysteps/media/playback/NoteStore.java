package org.babysteps.media.playback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notes of films; callers reach them only through a film they may watch ({@link WatchableFilms#open}). */
@Repository
class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, PlayableFilm film, int atSeconds, String text, UUID authorId, String authorName) {
        jdbc.sql("""
                insert into video_note (id, video_id, site_id, at_seconds, text, author_id, author_name)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, film.id(), film.siteId().value(), atSeconds, text, authorId, authorName).update();
    }

    /** A film's notes in the order of the film, then of writing. */
    List<FilmNote> of(PlayableFilm film, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select id, at_seconds, text, author_name, created_at from video_note
                        where video_id = :video and\s""" + scope.condition("site_id") + " order by at_seconds, created_at"))
                .param("video", film.id())
                .query((rs, row) -> new FilmNote(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
