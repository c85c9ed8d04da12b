package org.babysteps.media.parentlink;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parents' watch links in PostgreSQL: found by the hash of their token, never by the token. */
@Repository
class ParentLinkStore {

    private static final String COLUMNS = "id, video_id, site_id, family_id, participant_id, parent_name,"
            + " created_by_name, created_at, expires_at, withdrawn_at";

    private final JdbcClient jdbc;

    ParentLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ParentLink link, byte[] tokenHash, UUID createdBy) {
        jdbc.sql("""
                insert into parent_watch_link (id, token_hash, video_id, site_id, family_id, participant_id, parent_name,
                    created_by, created_by_name, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(link.id(), tokenHash, link.videoId(), link.siteId().value(), link.familyId().value(),
                        link.participantId(), link.parentName(), createdBy, link.createdByName(),
                        Timestamp.from(link.createdAt()), Timestamp.from(link.expiresAt()))
                .update();
    }

    /**
     * The link a token opens. The one query without a site scope: whoever holds the token is the parent it was made
     * for, and the token is all they have. Everything after it runs in the link's site scope.
     */
    Optional<ParentLink> byTokenHash(byte[] tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from parent_watch_link where token_hash = ?").param(tokenHash)
                .query(ParentLinkStore::link).optional();
    }

    /** The film's links that still work by date and were not withdrawn, the newest first. */
    List<ParentLink> live(UUID videoId, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + " from parent_watch_link where video_id = :video"
                        + " and withdrawn_at is null and expires_at > now() and " + scope.condition("site_id")
                        + " order by created_at desc"))
                .param("video", videoId).query(ParentLinkStore::link).list();
    }

    /** One link of this film, locked until the transaction ends, so two withdrawals record one. */
    Optional<ParentLink> lock(UUID id, UUID videoId, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + " from parent_watch_link where id = :id and video_id = :video"
                        + " and " + scope.condition("site_id") + " for update"))
                .param("id", id).param("video", videoId).query(ParentLinkStore::link).optional();
    }

    void withdraw(UUID id, String byName) {
        jdbc.sql("update parent_watch_link set withdrawn_at = now(), withdrawn_by_name = ? where id = ?"
                + " and withdrawn_at is null").params(byName, id).update();
    }

    /**
     * Closes every link of a deleted film that is still open and removes the parent's name from all of its links.
     *
     * @return the links changed, as they are now
     */
    List<ParentLink> closeForDeletedFilm(UUID videoId, String why) {
        return jdbc.sql("update parent_watch_link set withdrawn_at = coalesce(withdrawn_at, now()),"
                        + " withdrawn_by_name = coalesce(withdrawn_by_name, :why), parent_name = null"
                        + " where video_id = :video and (withdrawn_at is null or parent_name is not null)"
                        + " returning " + COLUMNS)
                .param("why", why).param("video", videoId).query(ParentLinkStore::link).list();
    }

    private static ParentLink link(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new ParentLink(rs.getObject("id", UUID.class), rs.getObject("video_id", UUID.class),
                new SiteId(rs.getObject("site_id", UUID.class)), new FamilyId(rs.getObject("family_id", UUID.class)),
                rs.getObject("participant_id", UUID.class), rs.getString("parent_name"),
                rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), withdrawn == null ? null : withdrawn.toInstant());
    }
}
