package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.programme.TinyProgrammeFile.catalogueOf;
import static org.babysteps.programme.TinyProgrammeFile.with;
import static org.babysteps.programme.TinyProgrammeFile.write;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.babysteps.programme.internal.InvalidProgrammeFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A programme file with a mistake stops start-up, and the message names the file and the mistake. */
class InvalidProgrammeFileTest {

    @TempDir
    Path folder;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("a contact code used twice", "code: session-2", "code: session-1",
                        "contact code 'session-1' is used more than once"),
                mistake("a gap in the session numbers", "sessionNumber: 2", "sessionNumber: 3",
                        "group sessions must be numbered 1 to 2 in the order listed, but their sessionNumbers are 1, 3"),
                mistake("a session planned before the one ahead of it", "weeksAfterStart: 0", "weeksAfterStart: 5",
                        "group session 'session-2' is planned 3 weeks after the start, earlier than the session before it (5)"),
                mistake("a negative week", "weeksAfterStart: 0", "weeksAfterStart: -1", "cannot be negative"),
                mistake("an unknown theme", "themes: [beta]", "themes: [gamma]",
                        "contact 'session-2' refers to theme 'gamma', which is not in the themes list"),
                mistake("a theme no contact covers", "themes: [beta]", "themes: [alpha]",
                        "theme 'beta' is not covered by any contact"),
                mistake("a theme code used twice", "code: beta", "code: alpha", "theme code 'alpha' is used more than once"),
                mistake("a home visit with a session number", "    title: First visit\n",
                        "    title: First visit\n    sessionNumber: 1\n", "'first-visit' is a home visit but has a sessionNumber"),
                mistake("an antenatal contact after a postnatal one", "    phase: ANTENATAL\n    title: First visit",
                        "    phase: POSTNATAL\n    title: First visit", "'session-1' is antenatal but listed after a postnatal contact"),
                mistake("completion naming no contact", "requiredVisits: [first-visit]", "requiredVisits: [last-visit]",
                        "completion.requiredVisits names 'last-visit', which is not a contact of the programme"),
                mistake("completion naming a group session", "requiredVisits: [first-visit]", "requiredVisits: [session-1]",
                        "completion.requiredVisits names 'session-1', which is a group session, not a home visit"),
                mistake("completion needing no sessions", "minimumGroupSessions: 2", "minimumGroupSessions: 0",
                        "completion.minimumGroupSessions is 0 but must be between 1 and 2 (the number of group sessions)"),
                mistake("completion needing more sessions than exist", "minimumGroupSessions: 2", "minimumGroupSessions: 3",
                        "completion.minimumGroupSessions is 3 but must be between 1 and 2"),
                mistake("a group with no room", "maxFamilies: 8", "maxFamilies: 0",
                        "groupRules.maxFamilies is 0 but must be at least 1"),
                mistake("an empty gestation range", "minGestationWeeksAtStart: 24", "minGestationWeeksAtStart: 32",
                        "groupRules.minGestationWeeksAtStart (32) must be less than groupRules.maxGestationWeeksAtStart (32)"),
                mistake("a gestation beyond 42 weeks", "maxGestationWeeksAtStart: 32", "maxGestationWeeksAtStart: 43",
                        "groupRules.maxGestationWeeksAtStart is 43 but must be between 4 and 42 weeks of pregnancy"),
                mistake("a gestation under 4 weeks", "minGestationWeeksAtStart: 24", "minGestationWeeksAtStart: 3",
                        "groupRules.minGestationWeeksAtStart is 3 but must be between 4 and 42"),
                mistake("no agency type for co-facilitation", "[HEALTH, CHILDRENS_SERVICES]", "[]",
                        "coFacilitation.requiredAgencyTypes is empty"),
                mistake("a misspelt agency type", "[HEALTH, CHILDRENS_SERVICES]", "[HEALTH, CHILDREN_SERVICES]",
                        "coFacilitation.requiredAgencyTypes names 'CHILDREN_SERVICES', which is not an agency type"),
                mistake("co-facilitation silent on training", "  trainedOnly: true\n", "",
                        "coFacilitation.trainedOnly is missing"),
                mistake("a missing section", "groupRules:\n  maxFamilies: 8\n  minGestationWeeksAtStart: 24\n"
                        + "  maxGestationWeeksAtStart: 32\n", "", "groupRules is missing"),
                mistake("an id that is not a code", "id: tiny", "id: Tiny Programme", "id 'Tiny Programme' must be lower-case"),
                mistake("version zero", "version: 1", "version: 0", "version is 0 but must be 1 or more"),
                mistake("no referral sources", "referralSources: [Midwife]", "referralSources: []", "referralSources is empty"),
                mistake("a misspelt field", "maxFamilies: 8", "maxFamily: 8", "unknown field 'maxFamily'"),
                mistake("a field given twice", "maxFamilies: 8", "maxFamilies: 8\n  maxFamilies: 9", "maxFamilies"),
                mistake("an unknown contact kind", "kind: GROUP_SESSION", "kind: WORKSHOP", "WORKSHOP"),
                mistake("a component code used twice", "code: venue", "code: visits",
                        "component code 'visits' is used more than once"),
                mistake("a component that does not say whether it is core", "    core: false\n", "",
                        "component 'venue' must say core: true or core: false"),
                mistake("a licence condition type used twice", "type: REFLECTIVE_SUPERVISION", "type: CO_FACILITATION",
                        "licence condition 'supervision' repeats type CO_FACILITATION"),
                mistake("an unknown licence condition type", "type: REFLECTIVE_SUPERVISION", "type: GOOD_VIBES", "GOOD_VIBES"),
                mistake("supervision without a frequency", "    frequencyWeeks: 6\n", "",
                        "licence condition 'supervision' needs frequencyWeeks of 1 or more"),
                mistake("an at-risk threshold above met", "atRiskFromPercent: 90", "atRiskFromPercent: 101",
                        "licence condition 'pairs' has a percentage outside 0 to 100"),
                mistake("thresholds the wrong way round", "metAtPercent: 100\n    atRiskFromPercent: 75",
                        "metAtPercent: 70\n    atRiskFromPercent: 75",
                        "licence condition 'supervision' has atRiskFromPercent 75 above metAtPercent 70"),
                mistake("a time point at a contact the programme does not have", MEASURED, "contact: session-2", "contact: session-7",
                        "time point 'end' is asked at contact 'session-7', which is not a contact of the programme"),
                mistake("a time point code used twice", MEASURED, "code: end", "code: start",
                        "time point code 'start' is used more than once"),
                mistake("a time point asking nobody", MEASURED, "[BIRTH_PARENT, PARTNER]", "[]",
                        "time point 'start' instrument 'epds' names no respondents"),
                mistake("an unknown respondent", MEASURED, "[BIRTH_PARENT, PARTNER]", "[BIRTH_PARENT, GRANDPARENT]", "GRANDPARENT"),
                mistake("a follow-up before its contact", MEASURED, "weeksAfterContact: 12", "weeksAfterContact: -1", "time point 'end' has weeksAfterContact -1: it cannot be negative"),
                mistake("the same instrument twice at a time point", MEASURED, "instrument: gad-7", "instrument: epds", "time point 'start' instrument 'epds' is listed more than once"),
                mistake("YAML that does not parse", "themes: [beta]", "themes: [beta", "line "));
    }

    /** The tiny file with a measurement section, which the measurement mistakes change. */
    private static final String MEASURED = TinyProgrammeFile.VALID + """
            measurement:
              timePoints:
                - code: start
                  title: Start
                  contact: first-visit
                  instruments:
                    - instrument: epds
                      respondents: [BIRTH_PARENT, PARTNER]
                    - instrument: gad-7
                      respondents: [BIRTH_PARENT]
                - code: end
                  title: Follow-up
                  contact: session-2
                  weeksAfterContact: 12
                  instruments:
                    - instrument: epds
                      respondents: [BIRTH_PARENT]
            """;

    private static Arguments mistake(String description, String text, String find, String replacement,
                                     String expected) {
        assertThat(text).contains(find);
        return Arguments.of(description, text.replace(find, replacement), expected);
    }

    private static Arguments mistake(String description, String find, String replacement, String expected) {
        return Arguments.of(description, with(find, replacement), expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeStopsStartUpNamingTheFileAndTheProblem(String description, String text, String expected) {
        write(folder, "broken.v1.yml", text);

        assertThatThrownBy(() -> catalogueOf(folder, "tiny"))
                .isInstanceOf(InvalidProgrammeFileException.class)
                .hasMessageContaining("broken.v1.yml")
                .hasMessageContaining(expected);
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        write(folder, "broken.v1.yml", with("maxFamilies: 8", "maxFamilies: 0").replace("minimumGroupSessions: 2", "minimumGroupSessions: 9"));

        assertThatThrownBy(() -> catalogueOf(folder, "tiny"))
                .hasMessageContaining("groupRules.maxFamilies is 0")
                .hasMessageContaining("completion.minimumGroupSessions is 9");
    }

    @Test
    void anEmptyFileIsRefused() {
        write(folder, "empty.v1.yml", "# nothing here yet\n");

        assertThatThrownBy(() -> catalogueOf(folder, "tiny"))
                .isInstanceOf(InvalidProgrammeFileException.class)
                .hasMessageContaining("empty.v1.yml")
                .hasMessageContaining("the file is empty");
    }

    @Test
    void twoFilesClaimingTheSameVersionAreRefusedNamingBoth() {
        write(folder, "tiny.v1.yml", TinyProgrammeFile.VALID);
        write(folder, "tiny-copy.v1.yml", TinyProgrammeFile.VALID);

        assertThatThrownBy(() -> catalogueOf(folder, "tiny"))
                .isInstanceOf(InvalidProgrammeFileException.class)
                .hasMessageContaining("programme tiny version 1 is already defined in")
                .hasMessageContaining("tiny.v1.yml")
                .hasMessageContaining("tiny-copy.v1.yml");
    }

    @Test
    void theValidFileTheMistakesStartFromLoads() {
        write(folder, "tiny.v1.yml", TinyProgrammeFile.VALID);

        assertThat(catalogueOf(folder, "tiny").defaultProgramme().name()).isEqualTo("Tiny");
    }
}
