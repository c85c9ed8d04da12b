package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.score.PairedScores;

/**
 * Pairs a whole list of scores in Java by the reference rules of {@link ScorePairing}: for testing what is built on
 * pairs without a database, and as the yardstick the database's pairing is checked against.
 */
final class ListPairings implements PairedScores.Reader {

    private final CompletedScores scores;

    ListPairings(CompletedScores scores) {
        this.scores = scores;
    }

    @Override
    public PairedScores pair(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        return ScorePairing.pair(scores.find(query), comparison, from, to).asPairedScores();
    }
}
