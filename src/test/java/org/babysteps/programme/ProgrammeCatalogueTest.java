package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.programme.TinyProgrammeFile.catalogueOf;
import static org.babysteps.programme.TinyProgrammeFile.with;
import static org.babysteps.programme.TinyProgrammeFile.write;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.IntStream;
import org.babysteps.programme.internal.ProgrammeCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue reads every programme file, every version, without Spring. */
class ProgrammeCatalogueTest {

    private static final ProgrammeId BABY_STEPS = new ProgrammeId("baby-steps");
    private static final ProgrammeId FIRST_STEPS = new ProgrammeId("first-steps");

    private final ProgrammeCatalogue shipped =
            new ProgrammeCatalogue(new String[] {"classpath*:programmes/*.yml"}, "baby-steps");

    @Test
    void babyStepsShipsAsTheDefaultProgramme() {
        ProgrammeDefinition babySteps = shipped.defaultProgramme();

        assertThat(babySteps.id()).isEqualTo(BABY_STEPS);
        assertThat(babySteps.version()).isEqualTo(1);
        assertThat(babySteps.name()).isEqualTo("Baby Steps");
        assertThat(babySteps.summary()).isNotBlank();
        assertThat(shipped.all()).containsExactly(babySteps);
    }

    @Test
    void babyStepsIsTwoHomeVisitsAroundSixAntenatalAndThreePostnatalSessions() {
        ProgrammeDefinition babySteps = shipped.find(BABY_STEPS).orElseThrow();

        assertThat(babySteps.contacts()).extracting(ContactDefinition::code).containsExactly("antenatal-visit",
                "session-1", "session-2", "session-3", "session-4", "session-5", "session-6", "postnatal-visit",
                "session-7", "session-8", "session-9");
        assertThat(babySteps.groupSessions()).extracting(ContactDefinition::sessionNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 9).boxed().toList());
        assertThat(babySteps.groupSessions()).extracting(ContactDefinition::weeksAfterStart)
                .containsExactly(0, 1, 2, 3, 4, 5, 15, 16, 17);
        assertThat(babySteps.groupSessions()).filteredOn(c -> c.phase() == Phase.ANTENATAL).hasSize(6);
        assertThat(babySteps.contact("antenatal-visit").orElseThrow().title()).contains("26 to 30 weeks");
        ContactDefinition postnatal = babySteps.contact("postnatal-visit").orElseThrow();
        assertThat(postnatal.kind()).isEqualTo(ContactKind.HOME_VISIT);
        assertThat(postnatal.phase()).isEqualTo(Phase.POSTNATAL);
        assertThat(postnatal.talkAndListenTime()).isTrue();
        assertThat(babySteps.contacts()).filteredOn(ContactDefinition::talkAndListenTime).containsExactly(postnatal);
    }

    @Test
    void babyStepsHasItsSixThemesEachCoveredBySomeSession() {
        ProgrammeDefinition babySteps = shipped.find(BABY_STEPS).orElseThrow();

        assertThat(babySteps.themes()).extracting(Theme::title).containsExactly("development of our unborn baby",
                "changes for me and us", "our health and wellbeing", "giving birth and meeting our baby",
                "caring for our baby", "who is there for us (people and services)");
        for (Theme theme : babySteps.themes()) {
            assertThat(babySteps.groupSessions()).as(theme.title())
                    .anySatisfy(session -> assertThat(session.themeCodes()).contains(theme.code()));
        }
    }

    @Test
    void babyStepsRulesAreTheLicencesRules() {
        ProgrammeDefinition babySteps = shipped.find(BABY_STEPS).orElseThrow();

        assertThat(babySteps.groupRules()).isEqualTo(new GroupRules(8, 24, 32));
        assertThat(babySteps.completion()).isEqualTo(new CompletionRule(Set.of("antenatal-visit", "postnatal-visit"), 6));
        assertThat(babySteps.coFacilitation()).isEqualTo(new CoFacilitationRule(Set.of("HEALTH", "CHILDRENS_SERVICES"), true));
        assertThat(babySteps.referralSources()).containsExactly("Midwife", "Health visitor", "Early help", "Self-referral", "Other");
        assertThat(babySteps.vulnerabilityFactors()).contains("Young parent (under 20)", "Domestic abuse", "Other")
                .doesNotHaveDuplicates();
    }

    @Test
    void babyStepsLicenceCarriesTheFiveConditionsAndMarksItsCoreComponents() {
        ProgrammeDefinition babySteps = shipped.find(BABY_STEPS).orElseThrow();

        assertThat(babySteps.licenceConditions()).extracting(LicenceConditionDefinition::type)
                .containsExactlyInAnyOrder(LicenceConditionType.values());
        assertThat(babySteps.licenceCondition(LicenceConditionType.REFLECTIVE_SUPERVISION).orElseThrow().frequencyWeeks())
                .isEqualTo(6);
        assertThat(babySteps.components()).filteredOn(ProgrammeComponent::core).extracting(ProgrammeComponent::code)
                .contains("two-home-visits", "nine-group-sessions", "co-facilitation", "talk-and-listen-time");
        assertThat(babySteps.component("venue-and-timing").orElseThrow().core()).isFalse();
    }

    @Test
    void babyStepsMeasuresOutcomesAtBaselineEndOfAntenatalGroupsEndOfProgrammeAndFollowUp() {
        ProgrammeDefinition babySteps = shipped.find(BABY_STEPS).orElseThrow();

        assertThat(babySteps.timePoints()).extracting(TimePoint::code)
                .containsExactly("baseline", "end-of-antenatal", "end-of-programme", "follow-up");
        assertThat(babySteps.timePoints()).extracting(TimePoint::contactCode)
                .containsExactly("antenatal-visit", "session-6", "session-9", "session-9");
        assertThat(babySteps.timePoint("follow-up").orElseThrow().weeksAfterContact()).isEqualTo(12);
        assertThat(babySteps.timePoint("baseline").orElseThrow().weeksAfterContact()).isZero();
        for (TimePoint timePoint : babySteps.timePoints()) {
            assertThat(timePoint.instruments()).as(timePoint.code()).extracting(AskedInstrument::instrumentCode)
                    .containsExactly("epds", "gad-7", "phq-9", "rosenberg", "csi-4");
            AskedInstrument epds = timePoint.instrument("epds").orElseThrow();
            assertThat(epds.isAskedOf(RespondentRole.PARTNER, false)).isTrue();
            AskedInstrument couple = timePoint.instrument("csi-4").orElseThrow();
            assertThat(couple.isAskedOf(RespondentRole.BIRTH_PARENT, true)).isTrue();
            assertThat(couple.isAskedOf(RespondentRole.BIRTH_PARENT, false)).isFalse();
        }
    }

    @Test
    void aProgrammeWithoutAMeasurementSectionMeasuresNothing(@TempDir Path folder) {
        write(folder, "tiny.v1.yml", TinyProgrammeFile.VALID);

        assertThat(catalogueOf(folder, "tiny").defaultProgramme().timePoints()).isEmpty();
    }

    @Test
    void theCatalogueNamesTheFileEachVersionCameFrom() {
        assertThat(shipped.sourceFile(BABY_STEPS, 1).orElseThrow()).endsWith("programmes/baby-steps.v1.yml");
        assertThat(shipped.sourceFile(BABY_STEPS, 2)).isEmpty();
    }

    @Test
    void aSecondProgrammeIsAddedAsAFileAndLoadedAlongside() {
        ProgrammeCatalogue both = new ProgrammeCatalogue(
                new String[] {"classpath*:programmes/*.yml", "classpath*:programmes-test/*.yml"}, "baby-steps");

        assertThat(both.all()).extracting(ProgrammeDefinition::id).containsExactly(BABY_STEPS, FIRST_STEPS);
        ProgrammeDefinition firstSteps = both.find(FIRST_STEPS).orElseThrow();
        assertThat(firstSteps.homeVisits()).hasSize(1);
        assertThat(firstSteps.groupSessions()).hasSize(4);
        assertThat(firstSteps.groupRules().maxFamilies()).isEqualTo(10);
        assertThat(firstSteps.themes()).extracting(Theme::code).containsExactly("settling-in", "sleep", "play", "help");
        assertThat(firstSteps.coFacilitation().trainedOnly()).isFalse();
        assertThat(both.defaultProgramme().id()).isEqualTo(BABY_STEPS);
    }

    @Test
    void theDefaultProgrammeIsASetting() {
        ProgrammeCatalogue firstStepsByDefault = new ProgrammeCatalogue(
                new String[] {"classpath*:programmes/*.yml", "classpath*:programmes-test/*.yml"}, "first-steps");

        assertThat(firstStepsByDefault.defaultProgramme().id()).isEqualTo(FIRST_STEPS);
    }

    @Test
    void aDefaultProgrammeThatIsNotLoadedStopsStartUp() {
        assertThatThrownBy(() -> new ProgrammeCatalogue(new String[] {"classpath*:programmes/*.yml"}, "first-steps"))
                .hasMessageContaining("The default programme 'first-steps'")
                .hasMessageContaining("baby-steps");
    }

    @Test
    void everyVersionIsKeptAndTheNewestIsCurrent(@TempDir Path folder) {
        write(folder, "tiny.v1.yml", TinyProgrammeFile.VALID);
        write(folder, "tiny.v2.yml", with("version: 1", "version: 2").replace("maxFamilies: 8", "maxFamilies: 6"));
        ProgrammeCatalogue catalogue = catalogueOf(folder, "tiny");
        ProgrammeId tiny = new ProgrammeId("tiny");

        assertThat(catalogue.find(tiny).orElseThrow().version()).isEqualTo(2);
        assertThat(catalogue.find(tiny, 1).orElseThrow().groupRules().maxFamilies()).isEqualTo(8);
        assertThat(catalogue.find(tiny, 2).orElseThrow().groupRules().maxFamilies()).isEqualTo(6);
        assertThat(catalogue.find(tiny, 3)).isEmpty();
        assertThat(catalogue.versions(tiny)).extracting(ProgrammeDefinition::version).containsExactly(1, 2);
        assertThat(catalogue.all()).extracting(ProgrammeDefinition::version).containsExactly(2);
        assertThat(catalogue.defaultProgramme().version()).isEqualTo(2);
    }

    @Test
    void unknownProgrammesAreSimplyNotFound() {
        assertThat(shipped.find(new ProgrammeId("no-such-programme"))).isEmpty();
        assertThat(shipped.find(BABY_STEPS, 99)).isEmpty();
        assertThat(shipped.versions(new ProgrammeId("no-such-programme"))).isEmpty();
    }

    @Test
    void overlappingPatternsReadEachFileOnce() {
        ProgrammeCatalogue overlapping = new ProgrammeCatalogue(
                new String[] {"classpath*:programmes/*.yml", "classpath*:programmes/baby-steps.*.yml"}, "baby-steps");

        assertThat(overlapping.versions(BABY_STEPS)).hasSize(1);
    }
}
