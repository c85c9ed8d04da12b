package org.babysteps.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.junit.jupiter.api.Test;

class FacilitatorTest {

    private static final LocalDate TRAINED = LocalDate.of(2026, 3, 1);
    private static final LocalDate LEFT = LocalDate.of(2026, 6, 1);

    private final Facilitator facilitator = new Facilitator(FacilitatorId.random(), SiteId.random(), UserId.random(),
            "Maya", "HEALTH", TRAINED, null, LEFT);

    @Test
    void countsAsTrainedFromTheTrainingDateUntilTheyLeave() {
        assertThat(facilitator.trainedOn(TRAINED.minusDays(1))).isFalse();
        assertThat(facilitator.trainedOn(TRAINED)).isTrue();
        assertThat(facilitator.trainedOn(LEFT.minusDays(1))).isTrue();
        assertThat(facilitator.trainedOn(LEFT)).isFalse();
    }

    @Test
    void isNoLongerInPostFromTheLeavingDate() {
        assertThat(facilitator.inPostOn(LEFT.minusDays(1))).isTrue();
        assertThat(facilitator.inPostOn(LEFT)).isFalse();
    }

    @Test
    void trainingStopsCountingWhenItExpiresUntilARefresher() {
        Facilitator expiring = new Facilitator(FacilitatorId.random(), SiteId.random(), UserId.random(), "Femi",
                "CHILDRENS_SERVICES", TRAINED, TRAINED.plusYears(3), null);
        assertThat(expiring.trainedOn(TRAINED.plusYears(3).minusDays(1))).isTrue();
        assertThat(expiring.trainedOn(TRAINED.plusYears(3))).isFalse();
        assertThat(expiring.trainingExpiredOn(TRAINED.plusYears(3))).isTrue();
    }

    @Test
    void someoneNeverTrainedIsNeverTrained() {
        Facilitator untrained = new Facilitator(FacilitatorId.random(), SiteId.random(), UserId.random(), "Femi",
                "CHILDRENS_SERVICES", null, null, null);
        assertThat(untrained.trainedOn(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(untrained.inPostOn(LocalDate.of(2030, 1, 1))).isTrue();
    }
}
