package org.babysteps.media.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final RetentionPolicy ninetyDays = new RetentionPolicy(90);

    @Test
    void aFilmIsDueFromTheNinetiethDayAfterTheFamilyClosed() {
        assertThat(ninetyDays.due(TODAY.minusDays(91), TODAY)).isTrue();
        assertThat(ninetyDays.due(TODAY.minusDays(90), TODAY)).isTrue();
        assertThat(ninetyDays.due(TODAY.minusDays(89), TODAY)).isFalse();
    }

    @Test
    void aFamilyStillInTheProgrammeIsNeverDue() {
        assertThat(ninetyDays.due(null, TODAY)).isFalse();
    }

    @Test
    void theReasonSaysTheConfiguredDays() {
        assertThat(new RetentionPolicy(30).reason()).isEqualTo("retention: 30 days after the programme ended");
    }

    @Test
    void aNegativeRetentionIsRefusedAtStart() {
        assertThatThrownBy(() -> new RetentionPolicy(-1)).hasMessageContaining("retention-days");
    }
}
