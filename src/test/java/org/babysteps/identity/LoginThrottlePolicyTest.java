package org.babysteps.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.babysteps.identity.security.LoginThrottlePolicy;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    private final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, 20);

    @Test
    void allowsAttemptsBelowBothLimits() {
        assertThat(policy.blocks(4, 19)).isFalse();
    }

    @Test
    void blocksAnAccountAtItsLimit() {
        assertThat(policy.blocks(5, 0)).isTrue();
    }

    @Test
    void blocksAnAddressTryingManyAccounts() {
        assertThat(policy.blocks(0, 20)).isTrue();
    }

    @Test
    void refusesLimitsThatWouldLockEveryone() {
        assertThatThrownBy(() -> new LoginThrottlePolicy(0, 20)).isInstanceOf(IllegalArgumentException.class);
    }
}
