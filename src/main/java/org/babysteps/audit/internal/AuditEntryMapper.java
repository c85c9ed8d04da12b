package org.babysteps.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** Reads audit rows exactly as stored, so the chain can be recomputed from them. */
final class AuditEntryMapper implements RowMapper<AuditEntry> {

    static final String COLUMNS = "seq, occurred_at, actor_id, actor_name, action, record_type, record_id, site_id,"
            + " address, detail, previous_hash, hash";

    @Override
    public AuditEntry mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getObject("site_id", UUID.class),
                rs.getString("address"),
                rs.getString("detail"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
