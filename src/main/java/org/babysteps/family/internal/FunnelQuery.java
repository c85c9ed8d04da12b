package org.babysteps.family.internal;

import org.babysteps.family.ReferralFunnel;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referral funnel from the journey history: a family counts at every step it ever reached, so a family now
 * completed also counts as contacted, visited and enrolled even if a step was skipped in the records.
 */
@Repository
class FunnelQuery {

    private static final String SQL = """
            with reached as (
                select f.id,
                       max(case s.stage when 'COMPLETED' then 4 when 'ENROLLED' then 3 when 'FIRST_VISIT_DONE' then 2
                                        when 'CONTACTED' then 1 else 0 end) as furthest,
                       bool_or(s.stage in ('DECLINED', 'NOT_ELIGIBLE', 'WITHDRAWN', 'MOVED_AWAY')) as left_early
                from family f join journey_step s on s.family_id = f.id
                where f.site_id = :site and %s
                group by f.id)
            select count(*) as referred,
                   count(*) filter (where furthest >= 1) as contacted,
                   count(*) filter (where furthest >= 2) as first_visit,
                   count(*) filter (where furthest >= 3) as enrolled,
                   count(*) filter (where furthest >= 4) as completed,
                   count(*) filter (where left_early and furthest < 4) as left_early
            from reached
            """;

    private final JdbcClient jdbc;

    FunnelQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReferralFunnel of(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SQL.formatted(scope.condition("f.site_id"))).param("site", site.value()))
                .query((rs, n) -> new ReferralFunnel(rs.getLong("referred"), rs.getLong("contacted"),
                        rs.getLong("first_visit"), rs.getLong("enrolled"), rs.getLong("completed"),
                        rs.getLong("left_early")))
                .single();
    }
}
