package org.babysteps.outcomes.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bank holiday file: the shipped years load, and mistakes stop start-up naming the file and the date. */
class BankHolidaysTest {

    @Test
    void theShippedFileHasEightHolidaysIn2026AndCoversTo2028() {
        Set<LocalDate> holidays = BankHolidays.load();
        assertThat(holidays.stream().filter(day -> day.getYear() == 2026)).hasSize(8);
        assertThat(holidays).contains(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 12, 27), LocalDate.of(2028, 1, 3));
    }

    @Test
    void aHolidayAtTheWeekendIsRefusedBecauseItsSubstituteDayIsMeant() {
        assertThatThrownBy(() -> read("years: [2026]\nholidays:\n  - { date: 2026-12-26 }\n"))
                .hasMessageContaining("test.yml").hasMessageContaining("2026-12-26 is a weekend day");
    }

    @Test
    void aDateOutsideTheFilesYearsOrListedTwiceIsRefused() {
        assertThatThrownBy(() -> read("years: [2026]\nholidays:\n  - { date: 2027-01-01 }\n"))
                .hasMessageContaining("outside the years");
        assertThatThrownBy(() -> read("years: [2026]\nholidays:\n  - { date: 2026-01-01 }\n  - { date: 2026-01-01 }\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> read("years: [2026]\nholidays:\n  - { date: 2026-13-01 }\n"))
                .hasMessageContaining("not a date");
    }

    @Test
    void theFileRunsOutSoonOnceTodayPlusAYearIsPastItsLastYear() {
        Set<LocalDate> to2028 = Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 26));

        assertThat(BankHolidays.runsOutSoon(to2028, LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(BankHolidays.runsOutSoon(to2028, LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(BankHolidays.runsOutSoon(to2028, LocalDate.of(2028, 1, 1))).isTrue();
        assertThat(BankHolidays.runsOutSoon(to2028, LocalDate.of(2029, 6, 1))).isTrue();
    }

    private static Set<LocalDate> read(String yaml) {
        return BankHolidays.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
