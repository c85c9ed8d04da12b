package org.babysteps.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;

/** A small valid instrument file that tests change one thing in, and a catalogue over a folder of such files. */
final class TinyInstrumentFile {

    static final String VALID = """
            code: tiny
            version: 1
            name: Tiny scale
            citation: Author, A. (2020) A tiny scale.
            licence: Free to use with the citation.
            respondentHint: Anyone, about today.
            instructions: Please answer every question.
            worse: HIGHER
            range:
              min: 0
              max: 6
            commonOptions:
              - {label: No, value: 0}
              - {label: Sometimes, value: 1}
              - {label: Often, value: 2}
            items:
              - number: 1
                text: First question
              - number: 2
                text: Second question
              - number: 3
                text: Third question
                reverse: true
            subscales:
              - code: pair
                title: The first two
                items: [1, 2]
                source: Author 2020
            missingData:
              maxMissingToProrate: 1
            cutOffs:
              - from: 0
                to: 3
                meaning: Low
              - from: 4
                to: 6
                meaning: High
                clinicalThreshold: true
            reliability:
              alpha: 0.8
              alphaSource: Author 2020
              normSd: null
              normSdSource: None published; the sample's baseline SD is used.
            riskRules:
              - code: item-risk
                item: 3
                above: 0
                staffAction: Act today.
                parentHelp: Call NHS 111.
              - code: total-risk
                totalAtLeast: 5
                staffAction: Talk with them.
                parentHelp: Talk to your GP.
            """;

    private TinyInstrumentFile() {
    }

    /** The valid file with one piece of text replaced; fails if the piece is not there, so no test passes by accident. */
    static String with(String find, String replacement) {
        assertThat(VALID).contains(find);
        return VALID.replace(find, replacement);
    }

    /** The 1-based line a piece of text starts on. */
    static int lineOf(String text, String piece) {
        assertThat(text).contains(piece);
        return (int) text.substring(0, text.indexOf(piece)).chars().filter(c -> c == '\n').count() + 1;
    }

    static void write(Path folder, String fileName, String text) {
        try {
            Files.writeString(folder.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InstrumentCatalogue catalogueOf(Path folder) {
        return new InstrumentCatalogue(new String[] {folder.toUri() + "*.yml"});
    }
}
