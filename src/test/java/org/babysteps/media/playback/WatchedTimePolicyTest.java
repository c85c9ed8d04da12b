package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchedTimePolicyTest {

    private final WatchedTimePolicy policy = new WatchedTimePolicy();

    @Test
    void theReportedTimeIsTakenWhenItFitsTheTimeSinceTheViewingStarted() {
        assertThat(policy.accept(95, 0, Duration.ofMinutes(2))).isEqualTo(95);
    }

    @Test
    void noViewingLastsLongerThanTheTimeSinceItStartedAndAFewSecondsGrace() {
        assertThat(policy.accept(600, 0, Duration.ofSeconds(30))).isEqualTo(35);
    }

    @Test
    void aLateArrivingEarlierReportNeverShortensWhatWasRecorded() {
        assertThat(policy.accept(40, 90, Duration.ofMinutes(5))).isEqualTo(90);
    }

    @Test
    void aNegativeTimeIsRefused() {
        assertThatThrownBy(() -> policy.accept(-1, 0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
