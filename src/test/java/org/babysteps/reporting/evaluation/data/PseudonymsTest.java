package org.babysteps.reporting.evaluation.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] KEY = key(7);
    private static final UUID FAMILY = UUID.fromString("0b6f3c1e-5d2a-4f7b-9c8d-1e2f3a4b5c6d");

    @Test
    void theSameRecordGetsTheSamePseudonymEveryTime() {
        assertThat(new Pseudonyms(KEY).family(FAMILY)).isEqualTo(new Pseudonyms(key(7)).family(FAMILY));
    }

    @Test
    void aPseudonymIsAPrefixAndTwelveLowerCaseBase32CharactersWithNothingOfTheId() {
        String pseudonym = new Pseudonyms(KEY).family(FAMILY);

        assertThat(pseudonym).matches("F-[a-z2-7]{12}");
        assertThat(pseudonym).doesNotContain(FAMILY.toString().substring(0, 8)).doesNotContain(FAMILY.toString());
        assertThat(new Pseudonyms(KEY).parent(FAMILY)).startsWith("P-");
        assertThat(new Pseudonyms(KEY).group(FAMILY)).startsWith("G-");
    }

    @Test
    void differentRecordsGetDifferentPseudonyms() {
        Pseudonyms pseudonyms = new Pseudonyms(KEY);
        UUID other = UUID.fromString("0b6f3c1e-5d2a-4f7b-9c8d-1e2f3a4b5c6e");

        assertThat(pseudonyms.family(FAMILY)).isNotEqualTo(pseudonyms.family(other));
    }

    @Test
    void aFamilyAndAParentWithTheSameIdDoNotShareASuffix() {
        Pseudonyms pseudonyms = new Pseudonyms(KEY);

        assertThat(pseudonyms.family(FAMILY).substring(2)).isNotEqualTo(pseudonyms.parent(FAMILY).substring(2));
    }

    @Test
    void anotherInstallationsKeyGivesOtherPseudonyms() {
        assertThat(new Pseudonyms(KEY).family(FAMILY)).isNotEqualTo(new Pseudonyms(key(8)).family(FAMILY));
    }

    @Test
    void aKeyShorterThan256BitsIsRefused() {
        assertThatThrownBy(() -> new Pseudonyms(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
