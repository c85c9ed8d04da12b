package org.babysteps.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain rule: each entry's hash covers its own fields and the previous entry's hash, so changing or
 * removing any row breaks every hash after it.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(256)
                .append(previousHash).append(SEPARATOR)
                .append(entry.seq()).append(SEPARATOR)
                .append(entry.occurredAt().getEpochSecond()).append('.').append(entry.occurredAt().getNano()).append(SEPARATOR)
                .append(nullable(entry.actorId())).append(SEPARATOR)
                .append(entry.actorName()).append(SEPARATOR)
                .append(entry.action()).append(SEPARATOR)
                .append(entry.recordType()).append(SEPARATOR)
                .append(nullable(entry.recordId())).append(SEPARATOR)
                .append(nullable(entry.siteId())).append(SEPARATOR)
                .append(nullable(entry.address())).append(SEPARATOR)
                .append(nullable(entry.detail()));
        return sha256(canonical.toString());
    }

    private static String nullable(Object value) {
        return value == null ? "\u0000" : value.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
