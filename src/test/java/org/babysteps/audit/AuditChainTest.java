package org.babysteps.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.babysteps.audit.internal.AuditChain;
import org.babysteps.audit.internal.AuditEntry;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-30T10:15:30.123456Z"), UUID.randomUUID(),
            "lead@north.demo", "VIEW", "family", "42", UUID.randomUUID(), "10.0.0.1", "detail", "a".repeat(64), null);

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(AuditChain.hash(entry.previousHash(), entry)).isEqualTo(AuditChain.hash(entry.previousHash(), entry))
                .hasSize(64);
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditChain.hash(entry.previousHash(), entry);
        AuditEntry otherActor = new AuditEntry(7, entry.occurredAt(), entry.actorId(), "someone@else", "VIEW",
                "family", "42", entry.siteId(), "10.0.0.1", "detail", entry.previousHash(), null);
        AuditEntry otherTime = new AuditEntry(7, entry.occurredAt().plusNanos(1000), entry.actorId(), entry.actorName(),
                "VIEW", "family", "42", entry.siteId(), "10.0.0.1", "detail", entry.previousHash(), null);
        assertThat(AuditChain.hash(entry.previousHash(), otherActor)).isNotEqualTo(original);
        assertThat(AuditChain.hash(entry.previousHash(), otherTime)).isNotEqualTo(original);
        assertThat(AuditChain.hash("b".repeat(64), entry)).isNotEqualTo(original);
    }

    @Test
    void anEmptyDetailIsNotTheSameAsNoDetail() {
        AuditEntry empty = new AuditEntry(7, entry.occurredAt(), entry.actorId(), entry.actorName(), "VIEW", "family",
                "42", entry.siteId(), "10.0.0.1", "", entry.previousHash(), null);
        AuditEntry none = new AuditEntry(7, entry.occurredAt(), entry.actorId(), entry.actorName(), "VIEW", "family",
                "42", entry.siteId(), "10.0.0.1", null, entry.previousHash(), null);
        assertThat(AuditChain.hash(entry.previousHash(), empty)).isNotEqualTo(AuditChain.hash(entry.previousHash(), none));
    }
}
