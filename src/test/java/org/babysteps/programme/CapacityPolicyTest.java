package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CapacityPolicyTest {

    private final CapacityPolicy groupOfEight = new CapacityPolicy(new GroupRules(8, 24, 32));

    @Test
    void anEmptyGroupTakesTheFirstFamily() {
        assertThat(groupOfEight.place(0)).isEqualTo(Placement.ENROLLED);
    }

    @Test
    void theEighthFamilyStillGetsAPlace() {
        assertThat(groupOfEight.place(7)).isEqualTo(Placement.ENROLLED);
        assertThat(groupOfEight.placesLeft(7)).isEqualTo(1);
    }

    @Test
    void theNinthFamilyGoesOnTheWaitingList() {
        assertThat(groupOfEight.place(8)).isEqualTo(Placement.WAITING_LIST);
        assertThat(groupOfEight.placesLeft(8)).isZero();
    }

    @Test
    void aGroupAlreadyOverTheLimitHasNoPlacesLeftRatherThanANegativeNumber() {
        assertThat(groupOfEight.place(10)).isEqualTo(Placement.WAITING_LIST);
        assertThat(groupOfEight.placesLeft(10)).isZero();
    }

    @Test
    void aGroupOfOneIsFullAfterOneFamily() {
        CapacityPolicy groupOfOne = new CapacityPolicy(new GroupRules(1, 24, 32));

        assertThat(groupOfOne.place(0)).isEqualTo(Placement.ENROLLED);
        assertThat(groupOfOne.place(1)).isEqualTo(Placement.WAITING_LIST);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> groupOfEight.place(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
