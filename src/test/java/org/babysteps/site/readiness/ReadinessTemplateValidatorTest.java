package org.babysteps.site.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.babysteps.site.readiness.ReadinessTemplateFile.CriterionEntry;
import org.babysteps.site.readiness.ReadinessTemplateFile.SectionEntry;
import org.junit.jupiter.api.Test;

class ReadinessTemplateValidatorTest {

    private static final CriterionEntry GOOD = new CriterionEntry("dpia", "DPIA", "Signed off", null);

    @Test
    void aCompleteTemplateHasNoProblems() {
        assertThat(ReadinessTemplateValidator.problems(file(List.of(new SectionEntry("s", "Section", List.of(GOOD)))), id -> true))
                .isEmpty();
    }

    @Test
    void duplicateCodesMissingTitlesAndUnknownLinksAreEachNamed() {
        List<String> problems = ReadinessTemplateValidator.problems(file(List.of(new SectionEntry("s", "Section", List.of(GOOD,
                new CriterionEntry("dpia", " ", "g", "nowhere"))))), id -> true);
        assertThat(problems).contains("criterion code 'dpia' is used more than once", "section 1 criterion 2 has no title")
                .anyMatch(p -> p.contains("links to 'nowhere'"));
    }

    @Test
    void anUnknownProgrammeAndAnEmptyFileAreRefused() {
        assertThat(ReadinessTemplateValidator.problems(file(List.of(new SectionEntry("s", "S", List.of(GOOD)))), id -> false))
                .anyMatch(p -> p.contains("not one of the loaded programmes"));
        assertThat(ReadinessTemplateValidator.problems(null, id -> true)).containsExactly("the file is empty");
    }

    private static ReadinessTemplateFile file(List<SectionEntry> sections) {
        return new ReadinessTemplateFile("baby-steps", 1, "baby-steps", "Readiness", sections);
    }
}
