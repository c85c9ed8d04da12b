package org.babysteps.media.playback;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Viewings of films: who, from when, for how long. */
@Repository
class ViewStore {

    /** A viewing as recorded so far; {@code siteId} null for a demonstration film's. */
    record ViewRow(UUID id, SiteId siteId, int secondsWatched, Duration sinceStart, boolean ended) {
    }

    private final JdbcClient jdbc;

    ViewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, PlayableFilm film, UUID userId, String userName) {
        jdbc.sql("insert into video_view (id, video_id, site_id, user_id, user_name) values (?, ?, ?, ?, ?)")
                .params(id, film.id(), film.siteId() == null ? null : film.siteId().value(), userId, userName).update();
    }

    /**
     * The caller's own viewing of this film, of their sites (or of a demonstration film, of no site), locked until the
     * transaction ends.
     */
    Optional<ViewRow> own(UUID viewId, UUID videoId, UUID userId, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select id, site_id, seconds_watched, started_at, now() as now, ended_at is not null from video_view
                        where id = :id and video_id = :video and user_id = :user
                          and (site_id is null or\s""" + scope.condition("site_id") + ") for update"))
                .param("id", viewId).param("video", videoId).param("user", userId)
                .query((rs, row) -> new ViewRow(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class) == null ? null : new SiteId(rs.getObject(2, UUID.class)),
                        rs.getInt(3), Duration.between(rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class)), rs.getBoolean(6)))
                .optional();
    }

    void watched(UUID viewId, int seconds) {
        jdbc.sql("update video_view set seconds_watched = ?, ended_at = now() where id = ?").params(seconds, viewId).update();
    }
}
