package org.babysteps.media.upload;

import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The video and video_part rows of uploads, always read within the caller's sites. */
@Repository
class VideoStore {

    private final JdbcClient jdbc;

    VideoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewUpload upload, byte[] wrappedKey) {
        jdbc.sql("""
                insert into video (id, site_id, family_id, contact_code, kind, title, status, declared_length,
                                   wrapped_key, created_by, created_by_name)
                values (:id, :site, :family, :contact, 'FAMILY', :title, 'UPLOADING', :length, :key, :by, :byName)
                """)
                .param("id", upload.videoId()).param("site", upload.siteId()).param("family", upload.familyId())
                .param("contact", upload.contactCode()).param("title", upload.title())
                .param("length", upload.length()).param("key", wrappedKey)
                .param("by", upload.createdBy()).param("byName", upload.createdByName()).update();
    }

    /** A demonstration film's upload: it belongs to no site or family. */
    void insertDemonstration(UUID videoId, DemonstrationDetails details, long length, byte[] wrappedKey, UUID createdBy,
                             String createdByName) {
        jdbc.sql("""
                insert into video (id, kind, title, description, status, declared_length, wrapped_key, created_by,
                                   created_by_name)
                values (?, 'DEMONSTRATION', ?, ?, 'UPLOADING', ?, ?, ?, ?)
                """).params(videoId, details.title(), details.description(), length, wrappedKey, createdBy, createdByName)
                .update();
    }

    /**
     * An upload still being received, of the caller's sites, or a demonstration film's (site data of no site; only
     * its uploader carries it on); locked when {@code forUpdate}.
     */
    Optional<UploadRow> find(UUID videoId, SiteScope scope, boolean forUpdate) {
        return scope.bind(jdbc.sql("""
                select id, site_id, family_id, contact_code, status, declared_length, received_length, content_type,
                       wrapped_key, created_by
                from video where id = :id and status <> 'DELETED'
                  and (kind = 'DEMONSTRATION' or kind = 'FAMILY' and\s""" + scope.condition("site_id") + ")"
                        + (forUpdate ? " for update" : "")))
                .param("id", videoId)
                .query((rs, row) -> new UploadRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7),
                        rs.getString(8), rs.getBytes(9), rs.getObject(10, UUID.class)))
                .optional();
    }

    /** Whether this video of the caller's sites, or this demonstration film, has been deleted. */
    boolean deleted(UUID videoId, SiteScope scope) {
        return scope.bind(jdbc.sql("select exists(select 1 from video where id = :id and status = 'DELETED' and"
                        + " (kind = 'DEMONSTRATION' or " + scope.condition("site_id") + "))").param("id", videoId))
                .query(Boolean.class).single();
    }

    /** A part was stored after its video was deleted and could not be removed: the retention sweep removes it. */
    void leftPartsBehind(UUID videoId) {
        jdbc.sql("update video set parts_removed_at = null where id = ? and status = 'DELETED'").param(videoId).update();
    }

    /** A part number of the video's own, never handed out before, for one attempt to send a chunk. */
    int claimPart(UUID videoId) {
        return jdbc.sql("update video set next_part = next_part + 1, touched_at = now() where id = ?"
                        + " returning next_part - 1")
                .param(videoId).query(Integer.class).single();
    }

    /** Records a stored, verified part and moves the offset on; the caller holds the row's lock. */
    void addPart(UUID videoId, int part, long offset, long length, byte[] sha256, String contentType) {
        jdbc.sql("""
                insert into video_part (video_id, part, plaintext_offset, plaintext_length, sha256)
                values (?, ?, ?, ?, ?)
                """).params(videoId, part, offset, length, sha256).update();
        jdbc.sql("""
                update video set received_length = received_length + :length,
                       content_type = coalesce(content_type, :type),
                       status = case when received_length + :length = declared_length then 'READY' else status end,
                       completed_at = case when received_length + :length = declared_length then now() end,
                       touched_at = now()
                where id = :id
                """).param("length", length).param("type", contentType).param("id", videoId).update();
    }

    /** A family's films that are not deleted, newest first; only the caller's sites. */
    java.util.List<FamilyFilm> ofFamily(UUID familyId, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                select id, title, status, declared_length, received_length, created_by_name, created_at, completed_at
                from video where family_id = :family and kind = 'FAMILY' and status <> 'DELETED' and\s"""
                        + scope.condition("site_id") + " order by created_at desc"))
                .param("family", familyId)
                .query((rs, row) -> new FamilyFilm(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getString(6),
                        rs.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(8, java.time.OffsetDateTime.class) == null ? null
                                : rs.getObject(8, java.time.OffsetDateTime.class).toInstant()))
                .list();
    }
}
