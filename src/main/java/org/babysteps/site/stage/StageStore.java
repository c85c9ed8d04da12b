package org.babysteps.site.stage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ImplementationStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stage changes in PostgreSQL. Every read takes the caller's scope and applies it in the query. */
@Repository
class StageStore {

    /** Each site with its latest recorded change, or exploring since the (UK) day it was added. */
    private static final String CURRENT = """
            select s.id as site_id, s.name as site_name,
                   coalesce(c.stage, 'EXPLORING') as stage,
                   coalesce(c.started_on, (s.created_at at time zone 'Europe/London')::date) as since,
                   coalesce(c.sequence, 0) as recorded_changes
            from site s
            left join lateral (select stage, started_on, sequence from site_stage_change sc
                               where sc.site_id = s.id order by sc.sequence desc limit 1) c on true
            """;

    private final JdbcClient jdbc;

    StageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SiteStage> current(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(CURRENT + " where s.id = :site and " + scope.condition("s.id"))
                        .param("site", site.value()))
                .query(StageStore::siteStage).optional();
    }

    List<SiteStage> currentOfAll(SiteScope scope, BoardOrder order) {
        return scope.bind(jdbc.sql(CURRENT + " where " + scope.condition("s.id") + " order by " + order.orderBy()))
                .query(StageStore::siteStage).list();
    }

    /** Newest first: the order they were recorded in, which is also the order of their start dates. */
    List<StageChange> history(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select id, site_id, sequence, stage, started_on, note, changed_by_name, changed_at
                        from site_stage_change sc where sc.site_id = :site and """ + " " + scope.condition("sc.site_id")
                        + " order by sc.sequence desc")
                        .param("site", site.value()))
                .query((rs, n) -> new StageChange(rs.getObject("id", UUID.class),
                        new SiteId(rs.getObject("site_id", UUID.class)), rs.getInt("sequence"),
                        ImplementationStage.valueOf(rs.getString("stage")), rs.getObject("started_on", java.time.LocalDate.class),
                        rs.getString("note"), rs.getString("changed_by_name"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** False when another change took this sequence number first: the caller built on a stale stage. */
    boolean insert(StageChange change, UUID changedById) {
        return jdbc.sql("""
                        insert into site_stage_change (id, site_id, sequence, stage, started_on, note, changed_by_id,
                                                       changed_by_name)
                        values (:id, :site, :sequence, :stage, :startedOn, :note, :byId, :byName)
                        on conflict (site_id, sequence) do nothing
                        """)
                .param("id", change.id()).param("site", change.site().value()).param("sequence", change.sequence())
                .param("stage", change.stage().name()).param("startedOn", change.startedOn())
                .param("note", change.note().trim()).param("byId", changedById).param("byName", change.changedBy())
                .update() == 1;
    }

    private static SiteStage siteStage(ResultSet rs, int row) throws SQLException {
        return new SiteStage(new SiteId(rs.getObject("site_id", UUID.class)), rs.getString("site_name"),
                ImplementationStage.valueOf(rs.getString("stage")), rs.getObject("since", java.time.LocalDate.class),
                rs.getInt("recorded_changes"));
    }
}
