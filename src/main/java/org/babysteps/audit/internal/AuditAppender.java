package org.babysteps.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.List;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to the chain. A transaction-scoped advisory lock makes appends strictly sequential on every node; each
 * batch runs in its own short transaction on the audit pool, so the lock is held only while rows are written and
 * the caller's connection is never needed twice.
 */
@Component
public class AuditAppender {

    /** Arbitrary but fixed key of the advisory lock that orders the chain. */
    private static final long CHAIN_LOCK = 0x6175646974L;
    private static final int MAX_TEXT = 1000;

    private final AuditConnections connections;
    private final Clock clock;

    AuditAppender(AuditConnections connections) {
        this.connections = connections;
        this.clock = Clock.systemUTC();
    }

    public void append(UserId actorId, String actorName, String address, AuditRecord record) {
        appendAll(actorId, actorName, address, List.of(record));
    }

    /** Several records of one action (e.g. each family shown on a page) in one transaction and one lock. */
    public void appendAll(UserId actorId, String actorName, String address, List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        JdbcClient jdbc = connections.jdbc();
        connections.transaction().executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
            var last = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .optional();
            long seq = last.map(row -> (Long) row[0]).orElse(0L);
            String previousHash = last.map(row -> (String) row[1]).orElse(AuditChain.GENESIS);
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            for (AuditRecord record : records) {
                seq++;
                previousHash = insert(jdbc, entry(seq, now, actorId, actorName, address, record, previousHash));
            }
        });
    }

    private static AuditEntry entry(long seq, Instant at, UserId actorId, String actorName, String address,
                                    AuditRecord record, String previousHash) {
        return new AuditEntry(seq, at,
                actorId == null ? null : actorId.value(),
                truncate(actorName == null ? "anonymous" : actorName, 320),
                record.action().name(),
                truncate(record.recordType(), 60),
                truncate(record.recordId(), 100),
                record.siteId() == null ? null : record.siteId().value(),
                truncate(address, 64),
                truncate(record.detail(), MAX_TEXT),
                previousHash,
                null);
    }

    /** Inserts the entry with its hash and returns the hash, which the next entry links to. */
    private static String insert(JdbcClient jdbc, AuditEntry entry) {
        String hash = AuditChain.hash(entry.previousHash(), entry);
        jdbc.sql("""
                insert into audit_event (seq, occurred_at, actor_id, actor_name, action, record_type, record_id,
                                         site_id, address, detail, previous_hash, hash)
                values (:seq, :at, :actorId, :actorName, :action, :recordType, :recordId, :siteId, :address, :detail,
                        :previousHash, :hash)
                """)
                .param("seq", entry.seq())
                .param("at", entry.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actorId", entry.actorId())
                .param("actorName", entry.actorName())
                .param("action", entry.action())
                .param("recordType", entry.recordType())
                .param("recordId", entry.recordId())
                .param("siteId", entry.siteId())
                .param("address", entry.address())
                .param("detail", entry.detail())
                .param("previousHash", entry.previousHash())
                .param("hash", hash)
                .update();
        return hash;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
