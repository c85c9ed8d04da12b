package org.babysteps.outcomes.score;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pairs scores by the rules of {@link PairedScores} inside PostgreSQL, which returns one row per pair and one per
 * site and role awaiting a later score, not every score: at national scale that is a few hundred thousand plain
 * numbers instead of a million scores built into objects (ADR 8). Both statements can join the covering index of
 * V2026113298 to itself in its own order (instrument, family, parent), without reading the table.
 */
final class PairingSql {

    /** A parent has one completed response per time point and instrument (questionnaire_response_completed_uq). */
    private static final String PAIRS = """
            select l.site_id, b.respondent_role, b.total, l.total, l.instrument_version
            from questionnaire_response l
            join questionnaire_response b on b.instrument_code = l.instrument_code and b.family_id = l.family_id
                                         and b.participant_id = l.participant_id
            where l.time_point = :later and %1$s and l.completed_at < %2$s %3$s
              and b.time_point = :baseline and %4$s
              and b.completed_at < ((l.completed_at at time zone 'Europe/London')::date + 1)::timestamp
                                   at time zone 'Europe/London'
            """;

    private static final String AWAITING = """
            select b.site_id, b.respondent_role, count(*)
            from questionnaire_response b
            where b.time_point = :baseline and %1$s and b.completed_at < %2$s
              and not exists (
                  select 1 from questionnaire_response l
                  where l.instrument_code = b.instrument_code and l.family_id = b.family_id
                    and l.participant_id = b.participant_id and l.time_point = :later and l.completed_at < %2$s
                    and %3$s)
            group by b.site_id, b.respondent_role
            """;

    private PairingSql() {
    }

    static PairedScores pair(JdbcClient jdbc, SiteScope scope, ScoreQuery query, OutcomeComparison comparison,
                             LocalDate from, LocalDate to) {
        return new PairedScores(pairs(jdbc, scope, query, comparison, from, to),
                awaiting(jdbc, scope, query, comparison, to));
    }

    private static List<ScorePair> pairs(JdbcClient jdbc, SiteScope scope, ScoreQuery query,
                                         OutcomeComparison comparison, LocalDate from, LocalDate to) {
        String sql = PAIRS.formatted(ScoreFilter.whose("l", scope, query), ScoreFilter.endOfDay("to"),
                from == null ? "" : "and l.completed_at >= " + ScoreFilter.startOfDay("from"),
                ScoreFilter.whose("b", scope, query));
        JdbcClient.StatementSpec statement = bound(jdbc.sql(sql), scope, query, comparison, to);
        if (from != null) {
            statement = statement.param("from", from);
        }
        return statement.query((rs, row) -> new ScorePair(new SiteId(rs.getObject(1, UUID.class)),
                RespondentRole.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5))).list();
    }

    private static List<AwaitingLater> awaiting(JdbcClient jdbc, SiteScope scope, ScoreQuery query,
                                                OutcomeComparison comparison, LocalDate to) {
        String sql = AWAITING.formatted(ScoreFilter.whose("b", scope, query), ScoreFilter.endOfDay("to"),
                ScoreFilter.whose("l", scope, query));
        return bound(jdbc.sql(sql), scope, query, comparison, to)
                .query((rs, row) -> new AwaitingLater(new SiteId(rs.getObject(1, UUID.class)),
                        RespondentRole.valueOf(rs.getString(2)), rs.getInt(3))).list();
    }

    private static JdbcClient.StatementSpec bound(JdbcClient.StatementSpec statement, SiteScope scope, ScoreQuery query,
                                                  OutcomeComparison comparison, LocalDate to) {
        return ScoreFilter.bind(statement, scope, query).param("baseline", comparison.baseline())
                .param("later", comparison.later()).param("to", to);
    }
}
