package org.babysteps.reporting.evaluation.data.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.babysteps.reporting.evaluation.data.web.PeriodParameters.InvalidPeriodException;
import org.junit.jupiter.api.Test;

class PeriodParametersTest {

    @Test
    void twoIsoDatesInOrderAreThePeriodBothIncluded() {
        var period = PeriodParameters.parse("2026-04-01", "2026-04-01");

        assertThat(period.from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void aMissingEndIsRefusedNamingIt() {
        assertThatThrownBy(() -> PeriodParameters.parse("2026-04-01", null))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("Give the end of the period as to=YYYY-MM-DD")
                .extracting(e -> ((InvalidPeriodException) e).parameter()).isEqualTo("to");
    }

    @Test
    void aDateThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> PeriodParameters.parse("2026-02-30", "2026-03-01"))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("The start of the period must be a real date");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> PeriodParameters.parse("2026-04-02", "2026-04-01"))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessageContaining("must be the same as or after its start");
    }
}
