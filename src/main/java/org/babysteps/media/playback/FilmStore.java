package org.babysteps.media.playback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.media.vault.WrappedKey;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complete family films and their parts, read within the caller's sites. */
@Repository
class FilmStore {

    private final JdbcClient jdbc;

    FilmStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A family film whose every byte has arrived (never an upload in progress, never a deleted one). */
    Optional<PlayableFilm> findReady(UUID videoId, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select id, site_id, family_id, title, content_type, declared_length, wrapped_key, duration_seconds
                        from video where id = :id and kind = 'FAMILY' and status = 'READY' and\s"""
                        + scope.condition("site_id")))
                .param("id", videoId)
                .query((rs, row) -> new PlayableFilm(rs.getObject(1, UUID.class), new SiteId(rs.getObject(2, UUID.class)),
                        new FamilyId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5), rs.getLong(6),
                        new WrappedKey(rs.getBytes(7)), parts(rs.getObject(1, UUID.class)), rs.getBigDecimal(8)))
                .optional();
    }

    /** Whether this is one of the licensor's demonstration films (whatever its state): they belong to no site. */
    boolean demonstration(UUID videoId) {
        return jdbc.sql("select exists(select 1 from video where id = ? and kind = 'DEMONSTRATION')").param(videoId)
                .query(Boolean.class).single();
    }

    /** A demonstration film whose every byte has arrived: not site data, so any site's caller the policy allows. */
    Optional<PlayableFilm> findReadyDemonstration(UUID videoId) {
        return jdbc.sql("""
                        select id, title, content_type, declared_length, wrapped_key, duration_seconds
                        from video where id = ? and kind = 'DEMONSTRATION' and status = 'READY'""")
                .param(videoId)
                .query((rs, row) -> new PlayableFilm(rs.getObject(1, UUID.class), null, null, rs.getString(2),
                        rs.getString(3), rs.getLong(4), new WrappedKey(rs.getBytes(5)), parts(rs.getObject(1, UUID.class)),
                        rs.getBigDecimal(6)))
                .optional();
    }

    private List<FilmPart> parts(UUID videoId) {
        return jdbc.sql("""
                        select part, plaintext_offset, plaintext_length from video_part where video_id = ?
                        order by plaintext_offset""").param(videoId)
                .query((rs, row) -> new FilmPart(rs.getInt(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** Records how long the film runs, as the first player to load it measured; later reports change nothing. */
    void measured(UUID videoId, java.math.BigDecimal seconds) {
        jdbc.sql("update video set duration_seconds = ? where id = ? and duration_seconds is null")
                .params(seconds, videoId).update();
    }
}
