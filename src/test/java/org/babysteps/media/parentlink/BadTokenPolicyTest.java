package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BadTokenPolicyTest {

    @Test
    void anAddressIsBlockedOnceItReachesTheLimitOfBadTokens() {
        BadTokenPolicy policy = new BadTokenPolicy(20);
        assertThat(policy.blocks(0)).isFalse();
        assertThat(policy.blocks(19)).isFalse();
        assertThat(policy.blocks(20)).isTrue();
        assertThat(policy.blocks(500)).isTrue();
    }

    @Test
    void theLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new BadTokenPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
