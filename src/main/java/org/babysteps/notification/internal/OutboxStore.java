package org.babysteps.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.babysteps.identity.UserSummary;
import org.babysteps.notification.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: queue once per key and recipient, claim due messages, record the outcome. */
@Repository
public class OutboxStore {

    /** A message claimed for sending. */
    public record Due(UUID id, String recipientEmail, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when queued now, false when this key was already queued for this person. */
    public boolean queue(String key, UserSummary recipient, String subject, String body) {
        return jdbc.sql("""
                insert into notification_outbox (id, notification_key, recipient_user_id, recipient_email, subject, body)
                values (?, ?, ?, ?, ?, ?) on conflict on constraint notification_outbox_once do nothing""")
                .params(UUID.randomUUID(), key, recipient.id().value(), recipient.email(), subject, body)
                .update() == 1;
    }

    /** Due messages, locked for this transaction; rows another node holds are skipped, not waited for. */
    public List<Due> claimDue(int limit) {
        return jdbc.sql("""
                select id, recipient_email, subject, body, attempts from notification_outbox
                where sent_at is null and next_attempt_at <= now()
                order by next_attempt_at limit ? for update skip locked""")
                .param(limit)
                .query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("recipient_email"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    public void markSent(UUID id) {
        jdbc.sql("update notification_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                .param(id).update();
    }

    public void markFailed(UUID id, String error, Instant nextAttempt) {
        jdbc.sql("update notification_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                .params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(nextAttempt), id)
                .update();
    }

    public List<OutboxMessage> recent(int limit) {
        return jdbc.sql("""
                select id, notification_key, recipient_email, subject, body, queued_at, attempts, last_error, sent_at
                from notification_outbox order by queued_at desc, recipient_email limit ?""")
                .param(limit).query(OutboxStore::toMessage).list();
    }

    public List<OutboxMessage> withKey(String key) {
        return jdbc.sql("""
                select id, notification_key, recipient_email, subject, body, queued_at, attempts, last_error, sent_at
                from notification_outbox where notification_key = ? order by recipient_email""")
                .param(key).query(OutboxStore::toMessage).list();
    }

    private static OutboxMessage toMessage(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getString("notification_key"),
                rs.getString("recipient_email"), rs.getString("subject"), rs.getString("body"),
                rs.getTimestamp("queued_at").toInstant(),
                rs.getInt("attempts"), rs.getString("last_error"), sent == null ? null : sent.toInstant());
    }
}
