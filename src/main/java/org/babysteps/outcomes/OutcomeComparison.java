package org.babysteps.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * The two time points compared: a baseline and a later one, by the codes of the programme file's time points.
 *
 * @param baseline the earlier time point's code, e.g. "baseline"
 * @param later    the later time point's code, e.g. "end-of-programme"
 * @param label    what users read, e.g. "Baseline to end of programme"
 */
public record OutcomeComparison(String baseline, String later, String label) {

    public static final OutcomeComparison TO_END_OF_PROGRAMME =
            new OutcomeComparison("baseline", "end-of-programme", "Baseline to end of programme");
    public static final OutcomeComparison TO_END_OF_ANTENATAL =
            new OutcomeComparison("baseline", "end-of-antenatal", "Baseline to end of antenatal groups");
    public static final OutcomeComparison TO_FOLLOW_UP =
            new OutcomeComparison("baseline", "follow-up", "Baseline to follow-up");

    /** The comparisons offered, the default (baseline to end of programme) first. */
    public static final List<OutcomeComparison> OFFERED = List.of(TO_END_OF_PROGRAMME, TO_END_OF_ANTENATAL, TO_FOLLOW_UP);

    public OutcomeComparison {
        if (baseline == null || baseline.isBlank() || later == null || later.isBlank() || baseline.equals(later)) {
            throw new IllegalArgumentException("A comparison needs two different time points, not " + baseline + " and " + later);
        }
    }

    /** The offered comparison whose later time point has this code; empty for any other code. */
    public static Optional<OutcomeComparison> toLater(String laterCode) {
        return OFFERED.stream().filter(comparison -> comparison.later().equals(laterCode)).findFirst();
    }
}
