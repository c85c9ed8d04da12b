package org.babysteps.media.parentlink;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret in a parent's watch link: 32 random bytes (256 bits) from the JDK's {@link SecureRandom}, shown once as
 * URL-safe base64. Only its SHA-256 is stored, so a copy of the database cannot open anyone's film.
 */
final class WatchLinkToken {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WatchLinkToken() {
    }

    /** A new token as it goes in the URL (43 characters). */
    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash stored for a token; empty for text that cannot be one of our tokens. */
    static Optional<byte[]> hash(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
