package org.babysteps.audit.internal;

import java.time.Instant;
import java.util.UUID;

/** One stored audit row. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        UUID actorId,
        String actorName,
        String action,
        String recordType,
        String recordId,
        UUID siteId,
        String address,
        String detail,
        String previousHash,
        String hash) {
}
