package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.babysteps.programme.internal.ProgrammeCatalogue;

/** A small valid programme file that tests change one thing in, and a catalogue over a folder of such files. */
final class TinyProgrammeFile {

    static final String VALID = """
            id: tiny
            version: 1
            name: Tiny
            summary: A tiny programme for tests.
            themes:
              - code: alpha
                title: alpha theme
              - code: beta
                title: beta theme
            contacts:
              - code: first-visit
                kind: HOME_VISIT
                phase: ANTENATAL
                title: First visit
                themes: [alpha]
              - code: session-1
                kind: GROUP_SESSION
                phase: ANTENATAL
                title: Session 1
                sessionNumber: 1
                weeksAfterStart: 0
                themes: [alpha]
              - code: session-2
                kind: GROUP_SESSION
                phase: POSTNATAL
                title: Session 2
                sessionNumber: 2
                weeksAfterStart: 3
                themes: [beta]
            groupRules:
              maxFamilies: 8
              minGestationWeeksAtStart: 24
              maxGestationWeeksAtStart: 32
            completion:
              requiredVisits: [first-visit]
              minimumGroupSessions: 2
            coFacilitation:
              requiredAgencyTypes: [HEALTH, CHILDRENS_SERVICES]
              trainedOnly: true
            referralSources: [Midwife]
            vulnerabilityFactors: [Other]
            components:
              - code: visits
                title: The home visit
                core: true
              - code: venue
                title: The venue
                core: false
            licenceConditions:
              - code: pairs
                type: CO_FACILITATION
                title: Every session co-facilitated
                metAtPercent: 100
                atRiskFromPercent: 90
              - code: supervision
                type: REFLECTIVE_SUPERVISION
                title: Supervision
                frequencyWeeks: 6
                metAtPercent: 100
                atRiskFromPercent: 75
            """;

    private TinyProgrammeFile() {
    }

    /** The valid file with one piece of text replaced; fails if the piece is not there, so no test passes by accident. */
    static String with(String find, String replacement) {
        assertThat(VALID).contains(find);
        return VALID.replace(find, replacement);
    }

    static Path write(Path folder, String fileName, String text) {
        try {
            return Files.writeString(folder.resolve(fileName), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProgrammeCatalogue catalogueOf(Path folder, String defaultProgramme) {
        return new ProgrammeCatalogue(new String[] {folder.toUri() + "*.yml"}, defaultProgramme);
    }
}
