package org.babysteps.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.babysteps.PlatformTest;
import org.babysteps.audit.internal.AuditChainVerifier;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail is append-only and any tampering with a stored row is detected. */
@PlatformTest
class AuditTrailTest {

    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUntouchedChainVerifies() {
        auditLog.recordAs(null, "tester@example.org", AuditRecord.of(AuditAction.VIEW, "family", "f-1", SiteId.random()));
        AuditChainVerification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isPositive();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long seq = record("refuse-" + System.nanoTime());
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'changed' where seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aTamperedRowIsDetectedAtItsPlaceInTheChain() {
        long seq = record("before tampering");
        record("after tampering");
        String original = jdbc.sql("select actor_name from audit_event where seq = ?").param(seq).query(String.class).single();
        try {
            // someone with database superuser rights bypasses the trigger and rewrites who did it
            tamper("update audit_event set actor_name = 'nobody@example.org' where seq = " + seq);
            AuditChainVerification verification = verifier.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
        } finally {
            tamper("update audit_event set actor_name = '" + original.replace("'", "''") + "' where seq = " + seq);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRemovedRowIsDetected() {
        long seq = record("to be removed");
        record("after the removed one");
        AuditRow removed = jdbc.sql("select * from audit_event where seq = ?").param(seq).query(AuditRow.class).single();
        try {
            tamper("delete from audit_event where seq = " + seq);
            assertThat(verifier.verify().firstBrokenSeq()).isEqualTo(seq + 1);
        } finally {
            jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
            jdbc.sql("""
                    insert into audit_event (seq, occurred_at, actor_id, actor_name, action, record_type, record_id,
                        site_id, address, detail, previous_hash, hash)
                    values (:seq, :occurredAt, :actorId, :actorName, :action, :recordType, :recordId, :siteId,
                        :address, :detail, :previousHash, :hash)""").paramSource(removed).update();
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long record(String detail) {
        auditLog.recordAs(null, "tester@example.org",
                new AuditRecord(AuditAction.UPDATE, "site", "s-1", null, detail));
        return jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
    }

    private void tamper(String sql) {
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        }
    }

    /** A raw row, to put back exactly what was removed. */
    record AuditRow(long seq, java.time.OffsetDateTime occurredAt, java.util.UUID actorId, String actorName,
                    String action, String recordType, String recordId, java.util.UUID siteId, String address,
                    String detail, String previousHash, String hash) {
    }
}
