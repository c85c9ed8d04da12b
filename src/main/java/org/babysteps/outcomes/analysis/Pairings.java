package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;

/** Reads one instrument's scores for a query and pairs them ({@link ScorePairing}), noting the sites they came from. */
interface Pairings {

    PairedRead read(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to);
}
