package org.babysteps.site.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped template covers what the issue asks for; a broken file stops start-up naming the file and problem. */
class ReadinessTemplatesTest {

    /** Only "baby-steps" exists; the loader asks no more of the programme catalogue. */
    private static final Programmes BABY_STEPS_ONLY = new Programmes() {
        @Override
        public Optional<ProgrammeDefinition> find(ProgrammeId id) {
            return id.value().equals("baby-steps") ? Optional.of(defaultProgramme()) : Optional.empty();
        }

        @Override
        public Optional<ProgrammeDefinition> find(ProgrammeId id, int version) {
            return find(id);
        }

        @Override
        public List<ProgrammeDefinition> all() {
            return List.of();
        }

        @Override
        public ProgrammeDefinition defaultProgramme() {
            return new ProgrammeDefinition(new ProgrammeId("baby-steps"), 1, "Baby Steps", "", List.of(), List.of(), null,
                    null, null, List.of(), List.of(), List.of(), List.of());
        }
    };

    @Test
    void theBabyStepsTemplateCoversEveryCriterionTheIssueNames() {
        ReadinessTemplate template = new ReadinessTemplates(new String[] {"classpath*:readiness/*.yml"}, BABY_STEPS_ONLY)
                .current(new ProgrammeId("baby-steps")).orElseThrow();
        assertThat(template.criteria()).extracting(ReadinessTemplate.Criterion::code).contains("senior-buy-in",
                "partnership-strength", "organisational-stability", "steering-group", "operational-lead",
                "facilitator-pairs", "admin-support", "venues-transport", "recording-and-sharing", "dpia",
                "funding-secured", "local-evaluation");
        assertThat(template.criterion("steering-group").orElseThrow().link()).isEqualTo("steering-group");
    }

    @Test
    void aFileWithARepeatedCriterionCodeStopsStartUpNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.v1.yml");
        Files.writeString(file, """
                code: broken
                version: 1
                programme: baby-steps
                title: Broken
                sections:
                  - code: one
                    title: One
                    criteria:
                      - {code: dpia, title: DPIA, guidance: Signed}
                      - {code: dpia, title: Again, guidance: Signed}
                """);
        assertThatThrownBy(() -> new ReadinessTemplates(new String[] {"file:" + file}, BABY_STEPS_ONLY))
                .isInstanceOf(InvalidReadinessTemplateException.class)
                .hasMessageContaining("broken.v1.yml").hasMessageContaining("criterion code 'dpia' is used more than once");
    }

    @Test
    void aMisspeltFieldIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.v1.yml");
        Files.writeString(file, "code: typo\nversion: 1\nprogramme: baby-steps\ntitel: Typo\nsections: []\n");
        assertThatThrownBy(() -> new ReadinessTemplates(new String[] {"file:" + file}, BABY_STEPS_ONLY))
                .isInstanceOf(InvalidReadinessTemplateException.class).hasMessageContaining("typo.v1.yml");
    }
}
