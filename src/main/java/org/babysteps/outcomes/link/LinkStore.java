package org.babysteps.outcomes.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parents' links in PostgreSQL: stored by the hash of their token, never the token. */
@Repository
class LinkStore {

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LinkRecord link, byte[] tokenHash, UUID createdBy, String createdByName) {
        jdbc.sql("""
                insert into questionnaire_link (id, token_hash, family_id, site_id, participant_id, first_name,
                    time_point, created_by, created_by_name, expires_at)
                values (:id, :hash, :family, :site, :participant, :firstName, :timePoint, :createdBy, :createdByName,
                    :expiresAt)
                """)
                .param("id", link.id()).param("hash", tokenHash).param("family", link.familyId().value())
                .param("site", link.siteId().value()).param("participant", link.participantId())
                .param("firstName", link.firstName()).param("timePoint", link.timePoint())
                .param("createdBy", createdBy).param("createdByName", createdByName)
                .param("expiresAt", Timestamp.from(link.expiresAt())).update();
    }

    /**
     * The link a token opens. The one query without a site scope: whoever holds the token is the parent it was
     * made for, and the token is all they have. Everything after it runs in the link's site scope.
     */
    Optional<LinkRecord> byTokenHash(byte[] tokenHash) {
        return jdbc.sql("select * from questionnaire_link where token_hash = :hash").param("hash", tokenHash)
                .query(LinkStore::link).optional();
    }

    /** Locks the link for the rest of the transaction, so a double submit cannot complete it twice. */
    Optional<LinkRecord> lock(UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from questionnaire_link l where l.id = :id and "
                + scope.condition("l.site_id") + " for update").param("id", id)).query(LinkStore::link).optional();
    }

    boolean markSubmitted(UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("update questionnaire_link l set submitted_at = now() where l.id = :id"
                + " and l.submitted_at is null and " + scope.condition("l.site_id")).param("id", id)).update() == 1;
    }

    private static LinkRecord link(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new LinkRecord(rs.getObject("id", UUID.class), new FamilyId(rs.getObject("family_id", UUID.class)),
                new SiteId(rs.getObject("site_id", UUID.class)), rs.getObject("participant_id", UUID.class),
                rs.getString("first_name"), rs.getString("time_point"), rs.getTimestamp("expires_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }
}
