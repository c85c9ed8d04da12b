package org.babysteps.outcomes;

import java.util.List;
import org.babysteps.outcomes.analysis.PairedAnalyser;

/**
 * The pre/post analysis of one instrument: pure, no database. Give it the scores of the people who completed the
 * instrument at both time points and what it needs to know about the instrument.
 */
public final class PairedAnalysis {

    private PairedAnalysis() {
    }

    public static PairedResult of(List<PairedScore> scores, PairedInstrumentFacts facts) {
        return PairedAnalyser.analyse(List.copyOf(scores), facts);
    }
}
