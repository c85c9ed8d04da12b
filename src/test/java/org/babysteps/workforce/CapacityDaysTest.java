package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Working days a facilitator gives in a period: weekdays in post, less leave. */
class CapacityDaysTest {

    private final LocalDate monday = LocalDate.of(2026, 11, 30);

    @Test
    void twoFullWeeksHaveTenWeekdays() {
        assertThat(CapacityDays.weekdays(monday, monday.plusDays(13))).isEqualTo(10);
    }

    @Test
    void leaveAndLeavingReduceTheDays() {
        List<AvailabilityLeave> leave = List.of(new AvailabilityLeave(UUID.randomUUID(), monday, monday.plusDays(2), "Annual"));
        assertThat(CapacityDays.workingDays(monday, monday.plusDays(13), monday.minusYears(1), null, leave)).isEqualTo(7);
        // leaving on the second Monday: the first week only
        assertThat(CapacityDays.workingDays(monday, monday.plusDays(13), monday.minusYears(1), monday.plusDays(7), List.of()))
                .isEqualTo(5);
    }

    @Test
    void someoneStartingMidwayCountsFromTheirStart() {
        assertThat(CapacityDays.workingDays(monday, monday.plusDays(13), monday.plusDays(7), null, List.of())).isEqualTo(5);
    }
}
