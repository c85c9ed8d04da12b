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

    @Test
    void epdsCarriesMattheysPublishedFourPointThresholdAndAsksForNoReferenceSd() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        PairedInstrumentFacts facts = PairedInstrumentFacts.of(instrument("epds"), code -> {
            asked.add(code);
            return java.util.Optional.empty();
        });

        assertThat(facts.publishedThreshold().points()).isEqualTo(4);
        assertThat(facts.publishedThreshold().citedAs()).isEqualTo("Matthey 2004");
        assertThat(facts.publishedThreshold().source()).contains("doi:10.1016/S0165-0327(02)00313-0");
        assertThat(asked).isEmpty();
    }

    @Test
    void onlyInstrumentsWithNeitherAThresholdNorANormativeSdUseAllSitesReferenceSd() {
        ReferenceSd reference = new ReferenceSd("any", 4.2, 100, java.time.LocalDate.of(2026, 11, 30));

        for (String code : java.util.List.of("gad-7", "phq-9")) {
            PairedInstrumentFacts facts = PairedInstrumentFacts.of(instrument(code), asked -> java.util.Optional.of(reference));
            assertThat(facts.normativeSd()).as(code).isEqualTo(3.5);
            assertThat(facts.referenceSd()).as(code).isNull();
            assertThat(facts.publishedThreshold()).as(code).isNull();
        }
        for (String code : java.util.List.of("rosenberg", "csi-4")) {
            PairedInstrumentFacts facts = PairedInstrumentFacts.of(instrument(code), asked -> java.util.Optional.of(reference));
            assertThat(facts.referenceSd()).as(code).isEqualTo(reference);
            assertThat(facts.publishedThreshold()).as(code).isNull();
        }
    }
}
