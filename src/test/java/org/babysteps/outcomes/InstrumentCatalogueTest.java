package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.outcomes.ShippedInstruments.CATALOGUE;
import static org.babysteps.outcomes.ShippedInstruments.all;
import static org.babysteps.outcomes.TinyInstrumentFile.catalogueOf;
import static org.babysteps.outcomes.TinyInstrumentFile.with;
import static org.babysteps.outcomes.TinyInstrumentFile.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue reads every instrument file, every version, without Spring. */
class InstrumentCatalogueTest {

    @Test
    void theFiveInstrumentsTheIssueNamesShipEachWithItsSourceTermsAndClinicalBand() {
        assertThat(CATALOGUE.all()).extracting(InstrumentDefinition::code)
                .containsExactlyInAnyOrder("epds", "gad-7", "phq-9", "rosenberg", "csi-4");
        for (InstrumentDefinition instrument : CATALOGUE.all()) {
            assertThat(instrument.citation()).as(instrument.code()).isNotBlank();
            assertThat(instrument.licence()).as(instrument.code()).isNotBlank();
            assertThat(instrument.clinicalBand()).as(instrument.code()).isPresent();
            assertThat(instrument.reliability().alpha()).as(instrument.code()).isBetween(0.8, 0.95);
        }
    }

    @Test
    void eachInstrumentHasItsPublishedShape() {
        assertShape("epds", 10, 0, 30, Direction.HIGHER);
        assertShape("gad-7", 7, 0, 21, Direction.HIGHER);
        assertShape("phq-9", 9, 0, 27, Direction.HIGHER);
        assertShape("rosenberg", 10, 0, 30, Direction.LOWER);
        assertShape("csi-4", 4, 0, 21, Direction.LOWER);
        assertThat(reversed("epds")).containsExactly(3, 5, 6, 7, 8, 9, 10);
        assertThat(reversed("rosenberg")).containsExactly(2, 5, 6, 8, 9);
        assertThat(reversed("gad-7")).isEmpty();
        assertThat(CATALOGUE.find("csi-4").orElseThrow().item(1).orElseThrow().maxValue()).isEqualTo(6);
    }

    @Test
    void theSelfHarmItemsAreRiskRules() {
        assertThat(CATALOGUE.find("epds").orElseThrow().riskRules())
                .anySatisfy(rule -> assertThat(rule.itemNumber()).isEqualTo(10));
        assertThat(CATALOGUE.find("phq-9").orElseThrow().riskRules())
                .anySatisfy(rule -> assertThat(rule.itemNumber()).isEqualTo(9));
    }

    @Test
    void aNewVersionLeavesScoresAgainstTheOldOneAsTheyWere(@TempDir Path folder) {
        write(folder, "tiny.v1.yml", TinyInstrumentFile.VALID);
        write(folder, "tiny.v2.yml", with("version: 1", "version: 2").replace("to: 3\n", "to: 2\n")
                .replace("from: 4", "from: 3"));
        Instruments catalogue = catalogueOf(folder);

        InstrumentDefinition first = catalogue.find("tiny", 1).orElseThrow();
        InstrumentDefinition second = catalogue.find("tiny").orElseThrow();
        // every item answered 1: 1 + 1 + (0 + 2 - 1 = 1) = 3, "Low" under v1 (0 to 3), clinical under v2 (3 to 6)
        Score underFirst = InstrumentScoring.score(first, all(3, 1));
        Score underSecond = InstrumentScoring.score(second, all(3, 1));

        assertThat(second.version()).isEqualTo(2);
        assertThat(catalogue.versions("tiny")).extracting(InstrumentDefinition::version).containsExactly(1, 2);
        assertThat(underFirst.total()).isEqualTo(3);
        assertThat(underFirst.isClinical()).isFalse();
        assertThat(underSecond.isClinical()).isTrue();
        assertThat(underFirst.instrumentVersion()).isEqualTo(1);
    }

    @Test
    void unknownInstrumentsAreSimplyNotFound() {
        assertThat(CATALOGUE.find("hads")).isEmpty();
        assertThat(CATALOGUE.find("epds", 2)).isEmpty();
        assertThat(CATALOGUE.versions("hads")).isEmpty();
    }

    private static void assertShape(String code, int items, int min, int max, Direction worse) {
        InstrumentDefinition instrument = CATALOGUE.find(code).orElseThrow();
        assertThat(instrument.items()).as(code).hasSize(items);
        assertThat(instrument.range()).as(code).isEqualTo(new ScoreRange(min, max));
        assertThat(instrument.worse()).as(code).isEqualTo(worse);
    }

    private static java.util.List<Integer> reversed(String code) {
        return CATALOGUE.find(code).orElseThrow().items().stream().filter(InstrumentItem::reverse)
                .map(InstrumentItem::number).toList();
    }
}
