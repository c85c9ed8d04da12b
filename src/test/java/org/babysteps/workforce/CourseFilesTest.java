package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.internal.ProgrammeCatalogue;
import org.babysteps.workforce.internal.CourseCatalogue;
import org.babysteps.workforce.internal.InvalidCourseFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped course files load as the brief describes them; a mistaken file stops start-up, naming it. */
class CourseFilesTest {

    /** The real programme files: courses must name one of them. */
    private static final Programmes PROGRAMMES =
            new ProgrammeCatalogue(new String[] {"classpath*:programmes/*.yml"}, "baby-steps");

    @TempDir
    Path folder;

    @Test
    void theFacilitatorCourseIsThreeEventsOfSixDaysForTwelveTrainees() {
        CourseCatalogue catalogue = new CourseCatalogue(new String[] {"classpath*:courses/*.yml"}, PROGRAMMES);
        CourseDefinition course = catalogue.find("baby-steps-facilitator").orElseThrow();
        assertThat(course.kind()).isEqualTo(CourseKind.FACILITATOR);
        assertThat(course.events()).hasSize(3);
        assertThat(course.totalDays()).isEqualTo(6);
        assertThat(course.maxTrainees()).isEqualTo(12);
        assertThat(course.modules()).extracting(CourseModule::code).contains("practical-delivery", "talk-and-listen-filming");
        assertThat(course.eventQuestions()).extracting(FeedbackQuestion::code)
                .contains("clarity", "pace", "practical-focus", "confidence-talk-and-listen", "confidence-filming");
        assertThat(course.followUpMonths()).isEqualTo(6);
        CourseDefinition trainer = catalogue.find("baby-steps-trainer").orElseThrow();
        assertThat(trainer.kind()).isEqualTo(CourseKind.TRAINER);
        assertThat(trainer.requiresTrainedFacilitator()).isTrue();
    }

    @Test
    void aMistakenFileNamesItselfAndEveryProblem() throws IOException {
        String valid = new String(getClass().getResourceAsStream("/courses/baby-steps-trainer.v1.yml").readAllBytes(),
                StandardCharsets.UTF_8);
        String broken = valid.replace("programme: baby-steps", "programme: baby-leaps")
                .replace("modules: [teaching-filming, assessing-trainees]", "modules: [teaching-filming, assesing-trainees]")
                .replace("maxTrainees: 8", "maxTrainees: 0");
        Files.writeString(folder.resolve("broken.v1.yml"), broken);
        assertThatThrownBy(() -> catalogueOf(folder))
                .isInstanceOf(InvalidCourseFileException.class)
                .hasMessageContaining("broken.v1.yml")
                .hasMessageContaining("programme 'baby-leaps' is not one of the loaded programmes")
                .hasMessageContaining("event 2 lists module 'assesing-trainees', which is not in modules")
                .hasMessageContaining("module 'assessing-trainees' is not taught at any event")
                .hasMessageContaining("maxTrainees is 0 but must be between 1 and 100");
    }

    @Test
    void aMisspeltFieldIsAnErrorNotIgnored() throws IOException {
        Files.writeString(folder.resolve("typo.v1.yml"), "code: typo\nversion: 1\nmaxTrainess: 12\n");
        assertThatThrownBy(() -> catalogueOf(folder)).hasMessageContaining("unknown field 'maxTrainess'");
    }

    @Test
    void twoFilesOfTheSameVersionAreRefused() throws IOException {
        String valid = new String(getClass().getResourceAsStream("/courses/baby-steps-trainer.v1.yml").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("a.yml"), valid);
        Files.writeString(folder.resolve("b.yml"), valid);
        assertThatThrownBy(() -> catalogueOf(folder)).hasMessageContaining("is already defined in");
    }

    private static CourseCatalogue catalogueOf(Path folder) {
        return new CourseCatalogue(new String[] {"file:" + folder.toAbsolutePath() + "/*.yml"}, PROGRAMMES);
    }
}
