package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.outcomes.ShippedInstruments.instrument;

import org.junit.jupiter.api.Test;

/** The shipped instrument files give the analysis its direction, reliability and clinical cut-off. */
class PairedFactsOfInstrumentsTest {

    @Test
    void epdsIsWorseHigherWithItsClinicalRangeFrom13Up() {
        PairedInstrumentFacts facts = PairedInstrumentFacts.of(instrument("epds"));

        assertThat(facts.direction()).isEqualTo(Direction.HIGHER);
        assertThat(facts.reliability()).isEqualTo(0.87);
        assertThat(facts.cutOff().isClinical(13)).isTrue();
        assertThat(facts.cutOff().isClinical(12)).isFalse();
    }

    @Test
    void csi4IsWorseLowerWithItsClinicalRangeUpTo13() {
        PairedInstrumentFacts facts = PairedInstrumentFacts.of(instrument("csi-4"));

        assertThat(facts.direction()).isEqualTo(Direction.LOWER);
        assertThat(facts.cutOff().isClinical(13)).isTrue();
        assertThat(facts.cutOff().isClinical(14)).isFalse();
    }
}
