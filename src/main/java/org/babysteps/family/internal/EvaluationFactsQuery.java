package org.babysteps.family.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.DeliveryMode;
import org.babysteps.family.FamilyEvaluationFacts;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Families' referral factors, completion and birth outcomes for an evaluator's data set, read in one query. */
@Repository
class EvaluationFactsQuery {

    private static final String SQL = """
            select f.id, f.vulnerability_factors, f.stage = 'COMPLETED' as completed, b.gestation_weeks,
                   (round(b.birth_weight_grams / 100.0) * 100)::int as birth_weight, b.delivery_mode
            from family f left join baby b on b.family_id = f.id
            where f.site_id = :site and f.id = any(:ids) and %s""";

    private final JdbcClient jdbc;

    EvaluationFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<FamilyId, FamilyEvaluationFacts> of(SiteId site, Collection<FamilyId> ids, SiteScope scope) {
        Map<FamilyId, FamilyEvaluationFacts> facts = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        scope.bind(jdbc.sql(SQL.formatted(scope.condition("f.site_id"))))
                .param("site", site.value())
                .param("ids", ids.stream().map(FamilyId::value).toArray(UUID[]::new))
                .query((rs, n) -> {
                    FamilyId id = new FamilyId(rs.getObject("id", UUID.class));
                    String mode = rs.getString("delivery_mode");
                    return facts.put(id, new FamilyEvaluationFacts(id,
                            Arrays.asList((String[]) rs.getArray("vulnerability_factors").getArray()),
                            rs.getBoolean("completed"), rs.getObject("gestation_weeks", Integer.class),
                            rs.getObject("birth_weight", Integer.class), mode == null ? null : DeliveryMode.valueOf(mode)));
                })
                .list();
        return facts;
    }
}
