package org.babysteps.outcomes.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.babysteps.programme.internal.ProgrammeCatalogue;
import org.junit.jupiter.api.Test;

/** A programme may only ask instruments the platform has a file for. */
class ProgrammeInstrumentCheckTest {

    private final ProgrammeCatalogue programmes =
            new ProgrammeCatalogue(new String[] {"classpath*:programmes/*.yml"}, "baby-steps");

    @Test
    void everyInstrumentBabyStepsAsksIsShipped() {
        InstrumentCatalogue shipped = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"});

        assertThat(ProgrammeInstrumentCheck.problems(programmes, shipped)).isEmpty();
        new ProgrammeInstrumentCheck(programmes, shipped);
    }

    @Test
    void aProgrammeAskingAnInstrumentWithoutAFileStopsStartUpNamingTheProgrammeFile() {
        InstrumentCatalogue onlyEpds = new InstrumentCatalogue(new String[] {"classpath*:instruments/epds.*.yml"});

        assertThat(ProgrammeInstrumentCheck.problems(programmes, onlyEpds)).hasSize(4 * 4)
                .allSatisfy(problem -> assertThat(problem).contains("programmes/baby-steps.v1.yml: time point '"));
        assertThatThrownBy(() -> new ProgrammeInstrumentCheck(programmes, onlyEpds))
                .hasMessageContaining("baby-steps.v1.yml: time point 'baseline' asks instrument 'gad-7', which is not loaded")
                .hasMessageContaining("time point 'follow-up' asks instrument 'csi-4'");
    }
}
