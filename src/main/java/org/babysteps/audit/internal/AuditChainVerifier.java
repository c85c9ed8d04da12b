package org.babysteps.audit.internal;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import java.util.concurrent.atomic.AtomicReference;
import org.babysteps.audit.AuditChainVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in order, streaming rows so memory stays flat, and reports the first entry that was
 * altered, removed or inserted out of place.
 */
@Component
public class AuditChainVerifier {

    private final JdbcTemplate jdbc;

    AuditChainVerifier(DataSource dataSource) {
        // A template of its own: the fetch size makes PostgreSQL stream rows instead of loading the whole table.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true)
    public AuditChainVerification verify() {
        AuditEntryMapper mapper = new AuditEntryMapper();
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditChain.GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<Long> broken = new AtomicReference<>();
        jdbc.query("select " + AuditEntryMapper.COLUMNS + " from audit_event order by seq", rs -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry entry = mapper.mapRow(rs, 0);
            boolean linked = entry.seq() == expectedSeq.get() && entry.previousHash().equals(previous.get());
            if (!linked || !AuditChain.hash(entry.previousHash(), entry).equals(entry.hash())) {
                broken.set(entry.seq());
                return;
            }
            checked.incrementAndGet();
            previous.set(entry.hash());
            expectedSeq.incrementAndGet();
        });
        return new AuditChainVerification(checked.get(), broken.get());
    }
}
