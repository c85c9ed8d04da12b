package org.babysteps.reporting.evaluation.data;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Pseudonyms for an evaluator's data set: HMAC-SHA256 of the record's kind and id under the installation's secret
 * key, shown as a prefix and 12 Base32 characters (60 bits), e.g. {@code F-3k9xq2m7bd4a}. The same record gets the
 * same pseudonym in every export of the installation, so an evaluator can merge exports; without the key nobody
 * can go from a pseudonym back to the record, nor test a guessed id against it. The kind is part of the message, so
 * a family and a parent never share a pseudonym even if their ids did.
 */
public final class Pseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int LENGTH = 12;
    private static final Base32 BASE32 = new Base32();

    private final SecretKeySpec key;

    public Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A pseudonym key needs at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String family(UUID id) {
        return of("F", "family", id);
    }

    public String parent(UUID id) {
        return of("P", "parent", id);
    }

    public String group(UUID id) {
        return of("G", "group", id);
    }

    private String of(String prefix, String kind, UUID id) {
        try {
            // a Mac is not thread-safe and cheap to make: one per pseudonym keeps this class safe to share
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.US_ASCII));
            return prefix + "-" + BASE32.encodeAsString(digest).substring(0, LENGTH).toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
