package org.babysteps.reporting.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.reporting.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evaluation reports in PostgreSQL. Every read applies the caller's site scope and, for someone who may see only
 * shared reports, the status, in the query.
 */
@Repository
class EvaluationReportStore {

    private static final String SELECT = """
            select id, site_id, title, period_from, period_to, status, shared_at, version from evaluation_report r
            where\s""";

    private final JdbcClient jdbc;

    EvaluationReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvaluationReportRecord> forSite(SiteId site, SiteScope scope, boolean sharedOnly) {
        return visible(" and r.site_id = :site order by r.period_to desc, r.created_at desc", scope, sharedOnly)
                .param("site", site.value()).query(this::report).list();
    }

    Optional<EvaluationReportRecord> find(UUID id, SiteScope scope, boolean sharedOnly) {
        return visible(" and r.id = :id", scope, sharedOnly).param("id", id).query(this::report).optional();
    }

    void insert(UUID id, SiteId site, String title, ReportingPeriod period, UserId by) {
        jdbc.sql("""
                insert into evaluation_report (id, site_id, title, period_from, period_to, status, created_by)
                values (?, ?, ?, ?, ?, 'DRAFT', ?)""")
                .params(id, site.value(), title, period.from(), period.to(), by.value()).update();
    }

    /** Moves the version on, so a save made on an older reading fails; false when someone saved in between. */
    boolean claimVersion(UUID id, int expectedVersion, ReportStatus requiredStatus) {
        return jdbc.sql("update evaluation_report set version = version + 1 where id = ? and version = ? and status = ?")
                .params(id, expectedVersion, requiredStatus.name()).update() == 1;
    }

    void setStatus(UUID id, ReportStatus status) {
        jdbc.sql("update evaluation_report set status = ?, shared_at = case when ? = 'SHARED' then now() end where id = ?")
                .params(status.name(), status.name(), id).update();
    }

    void saveSection(UUID id, NarrativeSection section, String body, UserId by) {
        if (body == null) {
            jdbc.sql("delete from evaluation_narrative where report_id = ? and section = ?").params(id, section.name()).update();
            return;
        }
        jdbc.sql("""
                insert into evaluation_narrative (report_id, section, body, updated_by) values (?, ?, ?, ?)
                on conflict (report_id, section) do update set body = excluded.body, updated_by = excluded.updated_by,
                    updated_at = now()""")
                .params(id, section.name(), body, by.value()).update();
    }

    private JdbcClient.StatementSpec visible(String rest, SiteScope scope, boolean sharedOnly) {
        String sql = SELECT + scope.condition("r.site_id") + " and (not :sharedOnly or r.status = 'SHARED')" + rest;
        return scope.bind(jdbc.sql(sql)).param("sharedOnly", sharedOnly);
    }

    private EvaluationReportRecord report(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp shared = rs.getTimestamp("shared_at");
        return new EvaluationReportRecord(id, new SiteId(rs.getObject("site_id", UUID.class)), rs.getString("title"),
                new ReportingPeriod(rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class)),
                ReportStatus.valueOf(rs.getString("status")), shared == null ? null : shared.toInstant(),
                rs.getInt("version"), narrative(id));
    }

    private Map<NarrativeSection, String> narrative(UUID id) {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        jdbc.sql("select section, body from evaluation_narrative where report_id = ?").param(id)
                .query((rs, n) -> sections.put(NarrativeSection.valueOf(rs.getString("section")), rs.getString("body")))
                .list();
        return sections;
    }
}
