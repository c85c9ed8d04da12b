package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.outcomes.TinyInstrumentFile.catalogueOf;
import static org.babysteps.outcomes.TinyInstrumentFile.lineOf;
import static org.babysteps.outcomes.TinyInstrumentFile.with;
import static org.babysteps.outcomes.TinyInstrumentFile.write;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.babysteps.outcomes.instrument.InvalidInstrumentFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An instrument file with a mistake stops start-up, naming the file, the line and the mistake. */
class InvalidInstrumentFileTest {

    @TempDir
    Path folder;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("an item listed twice", "number: 3", "number: 2", "- number: 2\n    text: Third",
                        "item 2 is listed twice"),
                mistake("two answers of an item with the same value", "{label: Often, value: 2}",
                        "{label: Often, value: 1}", "{label: Often", "item 1 has two answers with the value 1"),
                mistake("a cut-off above the range", "to: 6\n    meaning: High", "to: 7\n    meaning: High", "to: 7",
                        "cut-off 4 to 7 is outside the valid range 0 to 6"),
                mistake("a cut-off below the range", "from: 0\n    to: 3", "from: -1\n    to: 3", "from: -1",
                        "cut-off -1 to 3 is outside the valid range 0 to 6"),
                mistake("a subscale naming a missing item", "items: [1, 2]", "items: [1, 4]", "items: [1, 4]",
                        "subscale 'pair' names item 4, which the instrument does not have"),
                mistake("a reverse item whose values have a gap", "    text: Third question\n    reverse: true\n",
                        "    text: Third question\n    reverse: true\n    options:\n      - {label: No, value: 0}\n"
                                + "      - {label: Often, value: 2}\n", "    reverse: true",
                        "item 3 is reverse scored but its answer values [0, 2] are not a contiguous range"),
                mistake("a risk rule on a missing item", "item: 3", "item: 5", "item: 5",
                        "risk rule 'item-risk' is on item 5, which the instrument does not have"),
                mistake("a risk rule that can never fire", "above: 0", "above: 2", "above: 2",
                        "risk rule 'item-risk' fires above 2, but item 3 scores 0 to 2: it would always or never fire"),
                mistake("a total risk rule beyond the range", "totalAtLeast: 5", "totalAtLeast: 7", "totalAtLeast: 7",
                        "risk rule 'total-risk' fires at a total of 7, outside the valid range 0 to 6"),
                mistake("no citation", "citation: Author, A. (2020) A tiny scale.\n", "", "code: tiny",
                        "citation (the published source) is missing"),
                mistake("no licence", "licence: Free to use with the citation.\n", "", "code: tiny",
                        "licence (the terms it may be used under) is missing"),
                mistake("a range the items cannot produce", "max: 6", "max: 9", "range:",
                        "range is 0 to 9 but the items' scores add up to 0 to 6"),
                mistake("prorating with every item missing", "maxMissingToProrate: 1", "maxMissingToProrate: 3",
                        "maxMissingToProrate: 3", "missingData.maxMissingToProrate is 3 but must be between 0 and 2"),
                mistake("two clinical bands", "    meaning: Low\n", "    meaning: Low\n    clinicalThreshold: true\n",
                        "    clinicalThreshold: true\nreliability", null),
                mistake("an alpha of more than one", "alpha: 0.8", "alpha: 1.2", "alpha: 1.2",
                        "reliability.alpha must be between 0 and 1"),
                mistake("a negative reference SD", "normSd: null", "normSd: -2", "normSd: -2",
                        "reliability.normSd must be above 0"),
                mistake("a reliable-change threshold of no points", SD_SOURCE, SD_SOURCE + threshold("0", true),
                        "points: 0", "reliability.reliableChange.points must be a whole number of points above 0"),
                mistake("a reliable-change threshold of part of a point", SD_SOURCE, SD_SOURCE + threshold("3.5", true),
                        "points: 3.5", "reliability.reliableChange.points must be a whole number of points above 0"),
                mistake("a reliable-change threshold without its source", SD_SOURCE, SD_SOURCE + threshold("4", false),
                        "  reliableChange:", "reliability.reliableChange.source (the publication the threshold is taken"
                                + " from) is missing"),
                mistake("a risk rule on both an item and the total", "totalAtLeast: 5", "totalAtLeast: 5\n    item: 1",
                        "- code: total-risk", "risk rule 'total-risk' must give either item and above, or totalAtLeast"),
                mistake("no direction", "worse: HIGHER\n", "", "code: tiny", "worse is missing"),
                mistake("a misspelt field", "alphaSource", "alphaSorce", "alphaSorce", "reliability > alphaSorce: unknown field 'alphaSorce'"),
                mistake("a field given twice", "  max: 6\n", "  max: 6\n  max: 7\n", "  max: 7", "range: Duplicate Object property \"max\""));
    }

    private static final String SD_SOURCE = "normSdSource: None published; the sample's baseline SD is used.\n";

    /** A published reliable-change threshold under reliability, with or without its source. */
    private static String threshold(String points, boolean withSource) {
        return "  reliableChange:\n    points: " + points + "\n    citedAs: Author 2021\n"
                + (withSource ? "    source: Author, B. (2021) Change on the tiny scale.\n" : "");
    }

    private static Arguments mistake(String description, String find, String replacement, String lineMarker,
                                     String expected) {
        String text = with(find, replacement);
        String located = expected == null ? null : "broken.v1.yml line " + lineOf(text, lineMarker) + ": " + expected;
        return Arguments.of(description, text, located, lineMarker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeStopsStartUpNamingTheFileTheLineAndTheProblem(String description, String text, String expected,
                                                               String lineMarker) {
        write(folder, "broken.v1.yml", text.replace("code: tiny", "code: broken"));

        var refused = assertThatThrownBy(() -> catalogueOf(folder)).isInstanceOf(InvalidInstrumentFileException.class)
                .hasMessageContaining("broken.v1.yml");
        if (expected != null) {
            refused.hasMessageContaining(expected);
        } else {
            refused.hasMessageContaining("broken.v1.yml line " + lineOf(text, lineMarker)
                    + ": cut-off 4 to 6 is a second clinical threshold band: mark only one");
        }
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        write(folder, "tiny.v1.yml", with("items: [1, 2]", "items: [1, 4]").replace("item: 3", "item: 5"));

        assertThatThrownBy(() -> catalogueOf(folder))
                .isInstanceOfSatisfying(InvalidInstrumentFileException.class,
                        refused -> assertThat(refused.problems()).hasSize(2))
                .hasMessageContaining("subscale 'pair' names item 4")
                .hasMessageContaining("risk rule 'item-risk' is on item 5");
    }

    @Test
    void aFileNamedForAnotherVersionIsRefused() {
        write(folder, "tiny.v2.yml", TinyInstrumentFile.VALID);

        assertThatThrownBy(() -> catalogueOf(folder)).isInstanceOf(InvalidInstrumentFileException.class)
                .hasMessageContaining("tiny.v2.yml line 2: the file declares tiny version 1: name it tiny.v1.yml");
    }

    @Test
    void anEmptyFileIsRefused() {
        write(folder, "tiny.v1.yml", "# nothing yet\n");

        assertThatThrownBy(() -> catalogueOf(folder)).isInstanceOf(InvalidInstrumentFileException.class)
                .hasMessageContaining("tiny.v1.yml line 1: the file is empty");
    }

    @Test
    void aPublishedReliableChangeThresholdIsReadIntoTheDefinitionAndLeavesTheScoringAlone() {
        write(folder, "tiny.v1.yml", with(SD_SOURCE, SD_SOURCE + threshold("4", true)));

        InstrumentDefinition tiny = catalogueOf(folder).find("tiny").orElseThrow();
        assertThat(tiny.reliability().publishedThreshold()).contains(
                new ReliableChangeThreshold(4, "Author 2021", "Author, B. (2021) Change on the tiny scale."));
        assertThat(PairedInstrumentFacts.needsReferenceSd(tiny)).isFalse();
    }

    @Test
    void theValidFileTheMistakesStartFromLoads() {
        write(folder, "tiny.v1.yml", TinyInstrumentFile.VALID);

        assertThat(catalogueOf(folder).find("tiny").orElseThrow().name()).isEqualTo("Tiny scale");
    }
}
