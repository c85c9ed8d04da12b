package org.babysteps.outcomes.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.EarlierAcknowledgement;
import org.babysteps.outcomes.Referral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The acknowledgements alerts had before a new risk rule reopened them. Read only for an alert the caller was
 * already allowed to see (the alert query applies the scope), so no scope is applied here again.
 */
@Repository
class EarlierAcknowledgements {

    private final JdbcClient jdbc;

    EarlierAcknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the alert's current acknowledgement here; call before the alert is reopened. */
    void keep(AlertId id, Instant reopenedAt, List<String> reopenedFor) {
        jdbc.sql("""
                insert into safeguarding_alert_earlier_acknowledgement (alert_id, acknowledged_at, acknowledged_by,
                    acknowledged_by_name, action_taken, referral, reopened_at, reopened_for)
                select id, acknowledged_at, acknowledged_by, acknowledged_by_name, action_taken, referral, ?, ?
                from safeguarding_alert where id = ? and status = 'ACKNOWLEDGED'""")
                .params(Timestamp.from(reopenedAt), reopenedFor.toArray(String[]::new), id.value()).update();
    }

    /** Oldest first. */
    List<EarlierAcknowledgement> of(AlertId id) {
        return jdbc.sql("""
                select acknowledged_by_name, acknowledged_at, action_taken, referral, reopened_at, reopened_for
                from safeguarding_alert_earlier_acknowledgement where alert_id = ? order by acknowledged_at""")
                .param(id.value())
                .query((rs, row) -> new EarlierAcknowledgement(rs.getString("acknowledged_by_name"),
                        rs.getTimestamp("acknowledged_at").toInstant(), rs.getString("action_taken"),
                        rs.getString("referral") == null ? null : Referral.valueOf(rs.getString("referral")),
                        rs.getTimestamp("reopened_at").toInstant(),
                        Arrays.asList((String[]) rs.getArray("reopened_for").getArray())))
                .list();
    }
}
