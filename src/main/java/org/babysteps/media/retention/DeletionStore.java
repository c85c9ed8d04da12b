package org.babysteps.media.retention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The video rows deletion and retention read and change, always within the caller's sites. */
@Repository
class DeletionStore {

    private final JdbcClient jdbc;

    DeletionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A video of this kind not yet deleted, locked until the transaction ends; empty when deleted already, of the other
     * kind or not in scope.
     */
    Optional<LiveVideo> lockLive(UUID videoId, VideoKind kind, SiteScope scope) {
        return scope.bind(jdbc.sql("select id, site_id, status from video where id = :id and kind = :kind"
                        + " and status <> 'DELETED' and " + scope.condition("site_id") + " for update")
                        .param("id", videoId).param("kind", kind.name()))
                .query((rs, row) -> new LiveVideo(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .optional();
    }

    /**
     * An upload of either kind still untouched for {@code days}, locked until the transaction ends; empty when it has
     * moved since, has finished or is deleted already.
     */
    Optional<LiveVideo> lockAbandoned(UUID videoId, int days, SiteScope scope) {
        return scope.bind(jdbc.sql("select id, site_id, status from video where id = :id and status = 'UPLOADING'"
                        + " and touched_at < now() - make_interval(days => :days) and " + scope.condition("site_id")
                        + " for update").param("id", videoId).param("days", days))
                .query((rs, row) -> new LiveVideo(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)))
                .optional();
    }

    /** Uploads of either kind, family film or demonstration, that nothing has touched for {@code days}. */
    List<UUID> abandoned(int days, SiteScope scope) {
        return scope.bind(jdbc.sql("select id from video where status = 'UPLOADING'"
                        + " and touched_at < now() - make_interval(days => :days) and " + scope.condition("site_id")
                        + " order by touched_at").param("days", days))
                .query(UUID.class).list();
    }

    /** Marks the video deleted and destroys its data key; the caller holds the row's lock. */
    void markDeleted(UUID videoId, String reason) {
        jdbc.sql("""
                update video set status = 'DELETED', wrapped_key = null, deleted_at = now(), deleted_reason = :reason
                where id = :id
                """).param("reason", reason).param("id", videoId).update();
    }

    /** Forgets the parts' records; without the data key their stored bytes are unreadable anyway. */
    int deleteParts(UUID videoId) {
        return jdbc.sql("delete from video_part where video_id = ?").param(videoId).update();
    }

    /** Removes the film's time-stamped notes: they are part of the visit record about the film and go with it. */
    int deleteNotes(UUID videoId) {
        return jdbc.sql("delete from video_note where video_id = ?").param(videoId).update();
    }

    /** A family's films that are not deleted, whatever their state (uploading or ready). */
    List<UUID> filmsOfFamily(UUID familyId, SiteScope scope) {
        return scope.bind(jdbc.sql("select id from video where family_id = :family and kind = 'FAMILY'"
                        + " and status <> 'DELETED' and " + scope.condition("site_id") + " order by created_at")
                        .param("family", familyId))
                .query(UUID.class).list();
    }

    /** Families that still have films which are not deleted: the ones retention has to look at. */
    List<UUID> familiesWithFilms(SiteScope scope) {
        return scope.bind(jdbc.sql("select distinct family_id from video where kind = 'FAMILY' and status <> 'DELETED'"
                        + " and " + scope.condition("site_id")))
                .query(UUID.class).list();
    }

    /** Deleted videos whose encrypted parts may still be in storage, oldest deletion first. */
    List<UUID> unswept(SiteScope scope, int limit) {
        return scope.bind(jdbc.sql("select id from video where status = 'DELETED' and parts_removed_at is null and "
                        + scope.condition("site_id") + " order by deleted_at limit :limit").param("limit", limit))
                .query(UUID.class).list();
    }

    void markPartsRemoved(UUID videoId) {
        jdbc.sql("update video set parts_removed_at = now() where id = ? and status = 'DELETED'").param(videoId).update();
    }

    record LiveVideo(UUID id, UUID siteId, String status) {
    }
}
