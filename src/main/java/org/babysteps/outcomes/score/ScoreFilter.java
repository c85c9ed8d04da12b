package org.babysteps.outcomes.score;

import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.ScoreQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose completed totals a query reads: the conditions every read of scores shares, for a table alias. Only the
 * conditions a query has go into the SQL, so PostgreSQL can use the covering indexes of V2026113298 (whose predicate
 * is the first line here) whether its plan is custom or generic.
 */
final class ScoreFilter {

    private ScoreFilter() {
    }

    /** Completed, scored, with current consent to evaluation use, of the query's instrument, sites and families. */
    static String whose(String alias, SiteScope scope, ScoreQuery query) {
        StringBuilder sql = new StringBuilder()
                .append(alias).append(".status = 'COMPLETED' and ").append(alias).append(".evaluation_use_withdrawn is false")
                .append(" and ").append(alias).append(".total is not null")
                .append(" and ").append(alias).append(".instrument_code = :instrument")
                .append(" and ").append(scope.condition(alias + ".site_id"));
        if (query.site() != null) {
            sql.append(" and ").append(alias).append(".site_id = :site");
        }
        if (query.families() != null) {
            sql.append(" and ").append(alias).append(".family_id = any(:families)");
        }
        return sql.toString();
    }

    /** The parameters of {@link #whose}, the same for every alias. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SiteScope scope, ScoreQuery query) {
        JdbcClient.StatementSpec bound = scope.bind(statement).param("instrument", query.instrumentCode());
        if (query.site() != null) {
            bound = bound.param("site", query.site().value());
        }
        if (query.families() != null) {
            bound = bound.param("families", query.families().stream().map(FamilyId::value).toArray(UUID[]::new));
        }
        return bound;
    }

    /** The first instant of a London day given as the :name parameter: days are London days everywhere here. */
    static String startOfDay(String name) {
        return "cast(:" + name + " as date)::timestamp at time zone 'Europe/London'";
    }

    /** The first instant after a London day given as the :name parameter. */
    static String endOfDay(String name) {
        return "(cast(:" + name + " as date) + 1)::timestamp at time zone 'Europe/London'";
    }
}
