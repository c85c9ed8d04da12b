package org.babysteps.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Turnover: leavers over the average headcount of the period's first and last day. */
class TurnoverPolicyTest {

    @Test
    void oneLeaverOfFourIsTwentyFivePercent() {
        assertThat(TurnoverPolicy.rate(1, 4, 4)).contains(new BigDecimal("0.2500"));
        assertThat(TurnoverPolicy.percent(TurnoverPolicy.rate(1, 4, 4))).isEqualTo("25%");
    }

    @Test
    void theAverageHeadcountIsOfTheStartAndTheEnd() {
        // 2 leavers, 6 at the start and 2 at the end: average 4, so 50%
        assertThat(TurnoverPolicy.rate(2, 6, 2)).contains(new BigDecimal("0.5000"));
    }

    @Test
    void noLeaversIsZero() {
        assertThat(TurnoverPolicy.percent(TurnoverPolicy.rate(0, 3, 3))).isEqualTo("0%");
    }

    @Test
    void zeroHeadcountHasNoRateRatherThanDividingByZero() {
        assertThat(TurnoverPolicy.rate(0, 0, 0)).isEmpty();
        assertThat(TurnoverPolicy.percent(TurnoverPolicy.rate(0, 0, 0))).isEqualTo("No staff");
    }

    @Test
    void someoneWhoJoinedAndLeftInThePeriodStillCounts() {
        assertThat(TurnoverPolicy.rate(1, 0, 1)).contains(new BigDecimal("2.0000"));
    }

    @Test
    void negativeCountsAreAProgrammingError() {
        assertThatThrownBy(() -> TurnoverPolicy.rate(-1, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
