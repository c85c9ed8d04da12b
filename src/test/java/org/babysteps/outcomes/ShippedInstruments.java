package org.babysteps.outcomes;

import java.util.HashMap;
import java.util.Map;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;

/** The instrument files the platform ships, read once for the scoring tests, and a short way to write answers. */
final class ShippedInstruments {

    static final Instruments CATALOGUE = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"});

    private ShippedInstruments() {
    }

    static InstrumentDefinition instrument(String code) {
        return CATALOGUE.find(code, 1).orElseThrow();
    }

    /** Values for items 1, 2, 3 ... in order; null leaves that item unanswered. */
    static Map<Integer, Integer> answers(Integer... values) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.put(i + 1, values[i]);
            }
        }
        return answers;
    }

    /** Every one of n items answered with the same value. */
    static Map<Integer, Integer> all(int items, int value) {
        Integer[] values = new Integer[items];
        java.util.Arrays.fill(values, value);
        return answers(values);
    }
}
