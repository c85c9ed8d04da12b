package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.babysteps.family.ReferralActivity;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referral activity of a site over a period from the families and their journey history, counted in SQL. */
@Repository
class ActivityQuery {

    private static final String COUNTS = """
            select
              (select count(*) from family f where f.site_id = :site and %1$s
                  and f.referral_date between :from and :to) as referred,
              (select count(*) from family f where f.site_id = :site and %1$s
                  and f.referral_date between :from and :to and exists (select 1 from journey_step s
                      where s.family_id = f.id and s.stage = 'NOT_ELIGIBLE')) as not_eligible,
              (select count(distinct s.family_id) from journey_step s join family f on f.id = s.family_id
                  where f.site_id = :site and %1$s and s.stage = 'ENROLLED'
                  and s.occurred_on between :from and :to) as enrolled,
              (select count(distinct s.family_id) from journey_step s join family f on f.id = s.family_id
                  where f.site_id = :site and %1$s and s.stage = 'COMPLETED'
                  and s.occurred_on between :from and :to) as completed
            """;

    private static final String FACTORS = """
            select factor, count(*) as families from family f, unnest(f.vulnerability_factors) as factor
            where f.site_id = :site and %s and f.referral_date between :from and :to group by factor
            """;

    /** Reached: enrolled in a group in the period, whenever referred. */
    private static final String ENROLLED_FACTORS = """
            select factor, count(*) as families from family f, unnest(f.vulnerability_factors) as factor
            where f.site_id = :site and %s and exists (select 1 from journey_step s where s.family_id = f.id
                and s.stage = 'ENROLLED' and s.occurred_on between :from and :to) group by factor
            """;

    private final JdbcClient jdbc;

    ActivityQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ReferralActivity between(SiteId site, SiteScope scope, LocalDate from, LocalDate to) {
        Map<String, Long> byFactor = byFactor(FACTORS, site, scope, from, to);
        Map<String, Long> enrolledByFactor = byFactor(ENROLLED_FACTORS, site, scope, from, to);
        return scope.bind(jdbc.sql(COUNTS.formatted(scope.condition("f.site_id")))
                        .param("site", site.value()).param("from", from).param("to", to))
                .query((rs, n) -> new ReferralActivity(rs.getLong("referred"), rs.getLong("not_eligible"),
                        rs.getLong("enrolled"), rs.getLong("completed"), byFactor, enrolledByFactor))
                .single();
    }

    private Map<String, Long> byFactor(String sql, SiteId site, SiteScope scope, LocalDate from, LocalDate to) {
        Map<String, Long> byFactor = new HashMap<>();
        scope.bind(jdbc.sql(sql.formatted(scope.condition("f.site_id")))
                        .param("site", site.value()).param("from", from).param("to", to))
                .query((rs, n) -> byFactor.put(rs.getString("factor"), rs.getLong("families"))).list();
        return byFactor;
    }
}
