package org.babysteps.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretLinkTokenTest {

    @Test
    void aTokenIs256RandomBitsInUrlSafeBase64() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecretLinkToken.generate();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void theStoredHashIsTheSha256OfTheTokensBytes() {
        String token = SecretLinkToken.generate();
        assertThat(SecretLinkToken.hash(token)).hasValueSatisfying(hash -> assertThat(hash)
                .isEqualTo(sha256(Base64.getUrlDecoder().decode(token))));
    }

    @Test
    void textThatCannotBeOneOfOurTokensHasNoHash() {
        assertThat(SecretLinkToken.hash(null)).isEmpty();
        assertThat(SecretLinkToken.hash("")).isEmpty();
        assertThat(SecretLinkToken.hash("not-a-token")).isEmpty();
        assertThat(SecretLinkToken.hash("A".repeat(42))).isEmpty();
        assertThat(SecretLinkToken.hash("A".repeat(44))).isEmpty();
        assertThat(SecretLinkToken.hash("!".repeat(43))).isEmpty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
