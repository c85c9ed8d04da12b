package org.babysteps.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void aDayBelongsToItsCalendarQuarter() {
        Quarter q = Quarter.of(LocalDate.of(2026, 11, 30));
        assertThat(q).isEqualTo(new Quarter(2026, 4));
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.label()).isEqualTo("Oct to Dec 2026");
    }

    @Test
    void quartersRollOverTheYear() {
        assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2027, 1).previous()).isEqualTo(new Quarter(2026, 4));
    }
}
