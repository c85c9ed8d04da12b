package org.babysteps.site.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ReadinessOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Readiness assessments and their moves between states. Every read applies the caller's scope in SQL. */
@Repository
public class AssessmentStore {

    private static final String SELECT = """
            select a.*, s.name as site_name from readiness_assessment a join site s on s.id = a.site_id
            """;

    /** A move between states, with the comment that came with it. */
    public record StatusChange(AssessmentStatus from, AssessmentStatus to, String comment, String byName, java.time.LocalDateTime at) {
    }

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, SiteId site, ReadinessTemplate template, LocalDate startedOn, String byName) {
        jdbc.sql("""
                insert into readiness_assessment (id, site_id, template_code, template_version, status, started_on,
                    started_by_name) values (?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(id, site.value(), template.code(), template.version(), startedOn, byName).update();
    }

    public Optional<AssessmentRow> find(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.id = :id and a.site_id = :site and " + scope.condition("a.site_id")))
                .param("id", id).param("site", site.value()).query(AssessmentStore::row).optional();
    }

    /** For changes: locks the row, so two people acting on one assessment act one after the other. */
    Optional<AssessmentRow> lock(UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.id = :id and " + scope.condition("a.site_id") + " for update of a"))
                .param("id", id).query(AssessmentStore::row).optional();
    }

    public List<AssessmentRow> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.site_id = :site and " + scope.condition("a.site_id")
                        + " order by a.started_on desc, a.created_at desc"))
                .param("site", site.value()).query(AssessmentStore::row).list();
    }

    /** Everything waiting for the licensor, oldest submission first. */
    public List<AssessmentRow> submitted(SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.status = 'SUBMITTED' and " + scope.condition("a.site_id")
                        + " order by a.submitted_on, lower(s.name)"))
                .query(AssessmentStore::row).list();
    }

    /**
     * The decision of the site's most recent assessment, by when the records were made, not by the typed decision
     * date: a back-dated decision on a later assessment still supersedes an earlier one. (A site has one open
     * assessment at a time, so the one started last was also decided last.)
     */
    Optional<AssessmentRow> latestDecided(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where a.site_id = :site and a.status = 'DECIDED' and "
                        + scope.condition("a.site_id") + " order by a.created_at desc, a.id limit 1"))
                .param("site", site.value()).query(AssessmentStore::row).optional();
    }

    boolean openExists(SiteId site) {
        return jdbc.sql("select exists(select 1 from readiness_assessment where site_id = ? and status <> 'DECIDED')")
                .param(site.value()).query(Boolean.class).single();
    }

    void submit(UUID id, LocalDate on) {
        jdbc.sql("update readiness_assessment set status = 'SUBMITTED', submitted_on = ?, version = version + 1 where id = ?")
                .params(on, id).update();
    }

    void returnToDraft(UUID id) {
        jdbc.sql("update readiness_assessment set status = 'DRAFT', version = version + 1 where id = ?").param(id).update();
    }

    void decide(UUID id, ReadinessOutcome outcome, String reason, LocalDate on, String byName) {
        jdbc.sql("""
                update readiness_assessment set status = 'DECIDED', outcome = ?, decision_reason = ?, decided_on = ?,
                    decided_by_name = ?, version = version + 1 where id = ?""")
                .params(outcome.name(), reason.trim(), on, byName, id).update();
    }

    void recordChange(UUID id, AssessmentStatus from, AssessmentStatus to, String comment, UUID byUser, String byName) {
        jdbc.sql("""
                insert into readiness_status_change (id, assessment_id, from_status, to_status, comment, by_user_id, by_name)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), comment, byUser, byName).update();
    }

    public List<StatusChange> changes(UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select c.* from readiness_status_change c join readiness_assessment a on a.id = c.assessment_id
                        where c.assessment_id = :id and """ + " " + scope.condition("a.site_id") + " order by c.at, c.id"))
                .param("id", id)
                .query((rs, n) -> new StatusChange(status(rs.getString("from_status")), status(rs.getString("to_status")),
                        rs.getString("comment"), rs.getString("by_name"), rs.getTimestamp("at").toInstant().atZone(org.babysteps.platform.UkTime.ZONE).toLocalDateTime()))
                .list();
    }

    private static AssessmentStatus status(String value) {
        return value == null ? null : AssessmentStatus.valueOf(value);
    }

    private static AssessmentRow row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new AssessmentRow(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("site_name"), rs.getString("template_code"), rs.getInt("template_version"),
                AssessmentStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
                rs.getString("started_by_name"), rs.getObject("submitted_on", LocalDate.class),
                outcome == null ? null : ReadinessOutcome.valueOf(outcome), rs.getString("decision_reason"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by_name"), rs.getInt("version"));
    }
}
