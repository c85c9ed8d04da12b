package org.babysteps.reporting.outcomes;

import java.util.List;
import org.babysteps.outcomes.OutcomeRow;

/**
 * One instrument on the site outcomes dashboard: a row per group of parents, the sentences that explain them and the
 * notes on how they were worked out.
 */
public record InstrumentPanel(String instrumentName, List<OutcomeRow> rows, List<String> sentences, List<String> notes) {

    public InstrumentPanel {
        rows = List.copyOf(rows);
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }
}
