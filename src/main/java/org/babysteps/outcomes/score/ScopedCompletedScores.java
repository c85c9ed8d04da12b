package org.babysteps.outcomes.score;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.babysteps.identity.Access;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed totals straight from the responses table, filtered in SQL by the caller's sites and the query. Reads
 * no answers, so it is not a read of personal data in the audit's sense: figures built from it are aggregates.
 */
@Service
@Transactional(readOnly = true)
class ScopedCompletedScores implements CompletedScores, PairedScores.Reader {

    private final JdbcClient jdbc;
    private final Access access;

    ScopedCompletedScores(DataSource dataSource, Access access) {
        this.jdbc = ScoreSql.streaming(dataSource);
        this.access = access;
    }

    @Override
    public List<CompletedScore> find(ScoreQuery query) {
        return ScoreSql.select(jdbc, access.scope(), query, "completed_at, id").query((rs, row) -> ScoreSql.score(rs)).list();
    }

    @Override
    public PairedScores pair(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        return PairingSql.pair(jdbc, access.scope(), query, comparison, from, to);
    }
}
