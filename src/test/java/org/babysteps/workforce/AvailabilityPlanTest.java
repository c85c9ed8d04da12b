package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Availability: a usual slot of the weekday, and no leave on the day. */
class AvailabilityPlanTest {

    private final LocalDate tuesday = LocalDate.of(2026, 12, 1);
    private final AvailabilityPlan plan = new AvailabilityPlan(PractitionerId.random(), "Maya",
            Set.of(new AvailabilitySlot(DayOfWeek.TUESDAY, AvailabilityPartOfDay.MORNING)),
            List.of(new AvailabilityLeave(UUID.randomUUID(), tuesday.plusWeeks(1), tuesday.plusWeeks(1).plusDays(4), null)));

    @Test
    void availableInAUsualSlot() {
        assertThat(plan.isAvailable(tuesday, LocalTime.of(10, 0))).isTrue();
    }

    @Test
    void notAvailableOutsideTheUsualSlots() {
        assertThat(plan.isAvailable(tuesday, LocalTime.of(14, 0))).isFalse();
        assertThat(plan.isAvailable(tuesday.plusDays(1), LocalTime.of(10, 0))).isFalse();
        assertThat(plan.isAvailable(tuesday, LocalTime.of(22, 0))).isFalse();
    }

    @Test
    void notAvailableOnLeave() {
        assertThat(plan.isAvailable(tuesday.plusWeeks(1), LocalTime.of(10, 0))).isFalse();
        assertThat(plan.isAvailable(tuesday.plusWeeks(2), LocalTime.of(10, 0))).isTrue();
    }

    @Test
    void slotCodesReadBack() {
        AvailabilitySlot slot = new AvailabilitySlot(DayOfWeek.FRIDAY, AvailabilityPartOfDay.EVENING);
        assertThat(AvailabilitySlot.parse(slot.code())).isEqualTo(slot);
    }
}
