package org.babysteps.outcomes.score;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one SELECT of completed totals behind every reader here, filtered in SQL by the caller's sites and the query.
 * Only the conditions a query has go into the SQL, and days become London-midnight bounds on completed_at itself,
 * so PostgreSQL reads the covering indexes of V2026113280 in order (no sort, no table pages) whether its plan is
 * custom or generic.
 */
final class ScoreSql {

    /** Rows per round trip: pgjdbc otherwise holds a whole result (a million rows nationally) in memory at once. */
    private static final int FETCH_SIZE = 10_000;

    private ScoreSql() {
    }

    /** A client that fetches rows in batches; it streams only inside a transaction, which every reader here has. */
    static JdbcClient streaming(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(template);
    }

    /** @param orderBy the ORDER BY columns, e.g. "completed_at, id" */
    static JdbcClient.StatementSpec select(JdbcClient jdbc, SiteScope scope, ScoreQuery query, String orderBy) {
        StringBuilder sql = new StringBuilder("""
                select id, family_id, participant_id, site_id, respondent_role, time_point, instrument_code,
                       instrument_version, total, (completed_at at time zone 'Europe/London')::date as completed_on,
                       completed_at
                from questionnaire_response r
                where time_point = any(:timePoints) and\s""").append(ScoreFilter.whose("r", scope, query));
        if (query.completedFrom() != null) {
            sql.append(" and completed_at >= ").append(ScoreFilter.startOfDay("from"));
        }
        if (query.completedTo() != null) {
            sql.append(" and completed_at < ").append(ScoreFilter.endOfDay("to"));
        }
        sql.append(" order by ").append(orderBy);
        JdbcClient.StatementSpec statement = ScoreFilter.bind(jdbc.sql(sql.toString()), scope, query)
                .param("timePoints", query.timePoints().toArray(String[]::new));
        if (query.completedFrom() != null) {
            statement = statement.param("from", query.completedFrom());
        }
        if (query.completedTo() != null) {
            statement = statement.param("to", query.completedTo());
        }
        return statement;
    }

    /** By position, in the order of the select list: looking columns up by name cost more than reading them. */
    static CompletedScore score(ResultSet rs) throws SQLException {
        return new CompletedScore(rs.getObject(1, UUID.class), new FamilyId(rs.getObject(2, UUID.class)),
                rs.getObject(3, UUID.class), new SiteId(rs.getObject(4, UUID.class)),
                RespondentRole.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                rs.getObject(10, LocalDate.class));
    }
}
