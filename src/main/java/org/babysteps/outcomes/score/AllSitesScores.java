package org.babysteps.outcomes.score;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed totals of every site, whatever the caller's own sites: only for the "all sites" comparison line of a
 * site's report, which shows aggregates beyond the site (counts under 5 suppressed) and never a site's own figures.
 * Kept apart from {@link ScopedCompletedScores} so no other reader can forget the scope by accident.
 */
@Component
@Transactional(readOnly = true)
public class AllSitesScores {

    private final JdbcClient jdbc;

    AllSitesScores(DataSource dataSource) {
        this.jdbc = ScoreSql.streaming(dataSource);
    }

    public PairedScores pair(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        return PairingSql.pair(jdbc, SiteScope.all(), query, comparison, from, to);
    }
}
