package org.babysteps.outcomes;

import java.util.OptionalDouble;

/**
 * Clinically significant change (Jacobson–Truax): of the people on the clinical side of the cut-off at baseline,
 * those who improved reliably AND ended on the non-clinical side.
 */
public record PairedClinicalChange(PairedCutOff cutOff, int clinicalAtBaseline, int recovered) {

    /** Recovered as a percentage of those who started in the clinical range; empty when nobody did. */
    public OptionalDouble recoveredPercent() {
        return clinicalAtBaseline == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * recovered / clinicalAtBaseline);
    }
}
