package org.babysteps.site.adaptation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeComponent;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.NewAdaptation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adaptation requests in PostgreSQL. Every read takes the caller's scope and applies it in the query. */
@Repository
class AdaptationStore {

    private static final String SELECT = """
            select a.*, s.name as site_name from site_adaptation a join site s on s.id = a.site_id
            """;

    private final JdbcClient jdbc;

    AdaptationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AdaptationRecord> find(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.id = :id and a.site_id = :site and " + scope.condition("a.site_id"))
                        .param("id", id).param("site", site.value()))
                .query(AdaptationStore::record).optional();
    }

    /** Newest request first. */
    List<AdaptationRecord> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.site_id = :site and " + scope.condition("a.site_id")
                        + " order by a.requested_at desc").param("site", site.value()))
                .query(AdaptationStore::record).list();
    }

    /** Approved (with or without conditions) and not ended by {@code today}, earliest start first. */
    List<AdaptationRecord> approved(SiteId site, LocalDate today, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.site_id = :site and a.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS')"
                        + " and (a.ends_on is null or a.ends_on >= :today) and " + scope.condition("a.site_id")
                        + " order by a.starts_on, a.requested_at").param("site", site.value()).param("today", today))
                .query(AdaptationStore::record).list();
    }

    /** Approved (with or without conditions) and applying on some day from {@code from} to {@code to}, earliest first. */
    List<AdaptationRecord> approvedDuring(SiteId site, LocalDate from, LocalDate to, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.site_id = :site and a.status in ('APPROVED', 'APPROVED_WITH_CONDITIONS')"
                        + " and a.starts_on <= :to and (a.ends_on is null or a.ends_on >= :from) and "
                        + scope.condition("a.site_id") + " order by a.starts_on, a.requested_at")
                        .param("site", site.value()).param("from", from).param("to", to))
                .query(AdaptationStore::record).list();
    }

    /** Requests awaiting a decision, of one site or (site null) every visible site: core ones first, then oldest. */
    List<AdaptationRecord> awaitingDecision(SiteId site, SiteScope scope) {
        String ofSite = site == null ? "" : " and a.site_id = :site";
        var statement = jdbc.sql(SELECT + " where a.status = 'REQUESTED'" + ofSite + " and " + scope.condition("a.site_id")
                + " order by a.touches_core desc, a.requested_at");
        if (site != null) {
            statement = statement.param("site", site.value());
        }
        return scope.bind(statement).query(AdaptationStore::record).list();
    }

    void insert(UUID id, SiteId site, ProgrammeDefinition programme, ProgrammeComponent component, NewAdaptation request,
                UUID byId, String byName) {
        jdbc.sql("""
                        insert into site_adaptation (id, site_id, programme_id, programme_version, component_code,
                            component_title, touches_core, what, why, core_justification, starts_on, ends_on, status,
                            requested_by_id, requested_by_name)
                        values (:id, :site, :programme, :version, :code, :title, :core, :what, :why, :justification,
                                :startsOn, :endsOn, 'REQUESTED', :byId, :byName)
                        """)
                .param("id", id).param("site", site.value()).param("programme", programme.id().value())
                .param("version", programme.version()).param("code", component.code()).param("title", component.title())
                .param("core", component.core()).param("what", request.what().trim()).param("why", request.why().trim())
                .param("justification", blankToNull(request.coreJustification()))
                .param("startsOn", request.startsOn()).param("endsOn", request.endsOn())
                .param("byId", byId).param("byName", byName)
                .update();
    }

    /** Moves a request out of REQUESTED; false when it already left it or changed since {@code version}. */
    boolean close(UUID id, int version, AdaptationStatus status, String reason, String conditions, UUID byId,
                  String byName) {
        return jdbc.sql("""
                        update site_adaptation set status = :status, decision_reason = :reason, conditions = :conditions,
                            decided_by_id = :byId, decided_by_name = :byName, decided_at = now(), version = version + 1
                        where id = :id and version = :version and status = 'REQUESTED'
                        """)
                .param("status", status.name()).param("reason", blankToNull(reason))
                .param("conditions", blankToNull(conditions)).param("byId", byId).param("byName", byName)
                .param("id", id).param("version", version)
                .update() == 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static AdaptationRecord record(ResultSet rs, int row) throws SQLException {
        return new AdaptationRecord(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("site_name"), rs.getString("programme_id"), rs.getInt("programme_version"),
                rs.getString("component_code"), rs.getString("component_title"), rs.getBoolean("touches_core"),
                rs.getString("what"), rs.getString("why"), rs.getString("core_justification"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                AdaptationStatus.valueOf(rs.getString("status")), rs.getString("requested_by_name"),
                instant(rs.getTimestamp("requested_at")), rs.getString("decided_by_name"),
                instant(rs.getTimestamp("decided_at")), rs.getString("decision_reason"), rs.getString("conditions"),
                rs.getInt("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
