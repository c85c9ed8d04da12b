package org.babysteps.outcomes.analysis;

import java.util.List;
import org.babysteps.outcomes.PairedScore;

/** The columns of a list of paired scores. */
final class Paired {

    /** Changes are rounded to this many decimals: scores have a few at most, and 11.3 − 8.1 is not 3.2 in binary. */
    private static final double PRECISION = 1e6;

    private Paired() {
    }

    static double[] baselines(List<PairedScore> scores) {
        return scores.stream().mapToDouble(PairedScore::baseline).toArray();
    }

    static double[] laters(List<PairedScore> scores) {
        return scores.stream().mapToDouble(PairedScore::later).toArray();
    }

    /**
     * Later minus baseline, rounded so that equal changes are equal: a zero change, a tie between two changes
     * and "no variation" are then exact comparisons, as they are inside Commons Math's ranking.
     */
    static double[] changes(List<PairedScore> scores) {
        return scores.stream().mapToDouble(Paired::change).toArray();
    }

    static double change(PairedScore score) {
        return Math.round(score.change() * PRECISION) / PRECISION;
    }
}
