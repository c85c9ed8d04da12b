package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WatchLinkTokenTest {

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = WatchLinkToken.generate();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void theStoredHashIsTheSha256OfTheTokensBytes() {
        String token = WatchLinkToken.generate();
        assertThat(WatchLinkToken.hash(token)).hasValueSatisfying(hash -> assertThat(hash)
                .isEqualTo(sha256(Base64.getUrlDecoder().decode(token))));
    }

    @Test
    void textThatCannotBeOneOfOurTokensHasNoHash() {
        assertThat(WatchLinkToken.hash(null)).isEmpty();
        assertThat(WatchLinkToken.hash("")).isEmpty();
        assertThat(WatchLinkToken.hash("not-a-token")).isEmpty();
        assertThat(WatchLinkToken.hash("A".repeat(42))).isEmpty();
        assertThat(WatchLinkToken.hash("A".repeat(44))).isEmpty();
        assertThat(WatchLinkToken.hash("!".repeat(43))).isEmpty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
