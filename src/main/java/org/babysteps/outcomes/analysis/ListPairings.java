package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;

/** Pairs the whole list of scores a {@link CompletedScores} gives: simple, for tests and small reads. */
final class ListPairings implements Pairings {

    private final CompletedScores scores;

    ListPairings(CompletedScores scores) {
        this.scores = scores;
    }

    @Override
    public PairedRead read(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        List<CompletedScore> found = scores.find(query);
        return new PairedRead(ScorePairing.pair(found, comparison, from, to),
                found.stream().map(CompletedScore::site).collect(Collectors.toSet()));
    }
}
