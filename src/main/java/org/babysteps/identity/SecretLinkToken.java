package org.babysteps.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret in a link given to a parent who has no account (a questionnaire to answer, a film to watch): 32 random
 * bytes (256 bits) from the JDK's {@link SecureRandom}, shown once as 43 characters of URL-safe base64. Only its
 * SHA-256 is stored, so a copy of the database opens nothing. Guessing one is out of reach, so a link needs no
 * password: it is the credential, and it is kept for as short a time as its purpose allows.
 */
public final class SecretLinkToken {

    private static final int BYTES = 32;
    private static final int LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretLinkToken() {
    }

    /** A new token as it goes in the URL. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash stored for a token; empty for text that cannot be one of these tokens. */
    public static Optional<byte[]> hash(String token) {
        if (token == null || token.length() != LENGTH) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        try {
            return Optional.of(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
