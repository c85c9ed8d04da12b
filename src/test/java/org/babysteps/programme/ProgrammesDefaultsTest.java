package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.programme.TinyProgrammeFile.catalogueOf;
import static org.babysteps.programme.TinyProgrammeFile.with;
import static org.babysteps.programme.TinyProgrammeFile.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.babysteps.programme.internal.ProgrammeCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Programmes} works out by itself, so another implementation (a test double) answers alike. */
class ProgrammesDefaultsTest {

    @Test
    void theInterfacesOwnVersionListingAgreesWithTheCatalogues(@TempDir Path folder) {
        write(folder, "tiny.v1.yml", TinyProgrammeFile.VALID);
        write(folder, "tiny.v2.yml", with("version: 1", "version: 2"));
        ProgrammeCatalogue catalogue = catalogueOf(folder, "tiny");
        Programmes throughDefaults = new Programmes() {
            @Override
            public Optional<ProgrammeDefinition> find(ProgrammeId id) {
                return catalogue.find(id);
            }

            @Override
            public Optional<ProgrammeDefinition> find(ProgrammeId id, int version) {
                return catalogue.find(id, version);
            }

            @Override
            public List<ProgrammeDefinition> all() {
                return catalogue.all();
            }

            @Override
            public ProgrammeDefinition defaultProgramme() {
                return catalogue.defaultProgramme();
            }
        };

        assertThat(throughDefaults.versions(new ProgrammeId("tiny"))).isEqualTo(catalogue.versions(new ProgrammeId("tiny")));
        assertThat(throughDefaults.versions(new ProgrammeId("unknown"))).isEmpty();
    }
}
