package org.babysteps.media.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbandonedUploadPolicyTest {

    @Test
    void theReasonSaysHowLongTheUploadWasUntouched() {
        assertThat(new AbandonedUploadPolicy(7).reason()).isEqualTo("abandoned upload: untouched for 7 days");
    }

    @Test
    void anUploadIsNeverCountedAbandonedTheDayItWasTouched() {
        assertThatThrownBy(() -> new AbandonedUploadPolicy(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("babysteps.media.abandoned-upload-days");
    }
}
