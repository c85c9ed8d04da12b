package org.babysteps.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeInStageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void underAMonthIsCountedInDays() {
        assertThat(TimeInStage.inWords(TODAY.minusDays(1), TODAY)).isEqualTo("1 day");
        assertThat(TimeInStage.inWords(TODAY.minusDays(12), TODAY)).isEqualTo("12 days");
    }

    @Test
    void underAYearIsCountedInWholeMonths() {
        assertThat(TimeInStage.inWords(TODAY.minusMonths(1), TODAY)).isEqualTo("1 month");
        assertThat(TimeInStage.inWords(TODAY.minusMonths(3).minusDays(10), TODAY)).isEqualTo("3 months");
    }

    @Test
    void aYearOrMoreIsCountedInYearsAndMonths() {
        assertThat(TimeInStage.inWords(TODAY.minusYears(1), TODAY)).isEqualTo("1 year");
        assertThat(TimeInStage.inWords(TODAY.minusYears(2).minusMonths(1), TODAY)).isEqualTo("2 years 1 month");
    }

    @Test
    void aStageThatStartedTodayHasLastedLessThanADay() {
        assertThat(TimeInStage.inWords(TODAY, TODAY)).isEqualTo("Less than a day");
    }
}
