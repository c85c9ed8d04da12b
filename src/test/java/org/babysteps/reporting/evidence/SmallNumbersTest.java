package org.babysteps.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallNumbersTest {

    @Test
    void countsUnderFiveAreShownAsFewerThanFive() {
        assertThat(SmallNumbers.count(0)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.count(4)).isEqualTo("fewer than 5");
        assertThat(SmallNumbers.count(5)).isEqualTo("5");
        assertThat(SmallNumbers.count(154)).isEqualTo("154");
        assertThatThrownBy(() -> SmallNumbers.count(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratesBuiltOnASmallCountAreNotShown() {
        assertThat(SmallNumbers.percent(3, 4)).isEqualTo("not shown (fewer than 5 families)");
        assertThat(SmallNumbers.percent(4, 40)).isEqualTo("not shown (fewer than 5 families)");
        assertThat(SmallNumbers.percent(154, 274)).isEqualTo("56%");
        assertThat(SmallNumbers.percent(0, 0)).isEqualTo("no data");
    }

    @Test
    void aRateWhoseRestIsSmallIsNotShownBecauseItGivesAwayTheFewWhoDidNot() {
        assertThat(SmallNumbers.percent(5, 6)).isEqualTo("not shown (fewer than 5 families)");
        assertThat(SmallNumbers.percent(36, 40)).isEqualTo("not shown (fewer than 5 families)");
        assertThat(SmallNumbers.percent(35, 40)).isEqualTo("88%");
        assertThat(SmallNumbers.percent(12, 12)).isEqualTo("100%");
    }
}
