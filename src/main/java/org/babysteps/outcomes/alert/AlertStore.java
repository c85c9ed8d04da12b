package org.babysteps.outcomes.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertRuleHit;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.outcomes.Referral;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alert tables. Every read for a person applies their site scope and, unless they lead the site, only the
 * alerts they watch (see {@link AlertWatchers}), in SQL.
 */
@Repository
class AlertStore {

    /** An alert the escalation job moved to ESCALATED, and how many times a new rule had reopened it before. */
    record Escalated(AlertId id, SiteId siteId, int reopenings) {
    }

    private static final String VISIBLE = " and (:lead or exists (select 1 from safeguarding_alert_watcher w"
            + " where w.alert_id = a.id and w.user_id = :viewer))";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the response already has an alert (a redelivered event). */
    boolean insert(AlertId id, RiskAnswersGiven given, Instant raisedAt, Instant escalatesAt) {
        return jdbc.sql("""
                insert into safeguarding_alert (id, response_id, site_id, family_id, instrument_code, instrument_version,
                    self_completed, given_at, raised_at, escalates_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (response_id) do nothing""")
                .params(id.value(), given.responseId(), given.siteId().value(), given.familyId().value(),
                        given.instrumentCode(), given.instrumentVersion(), given.selfCompleted(),
                        Timestamp.from(given.givenAt()), Timestamp.from(raisedAt), Timestamp.from(escalatesAt))
                .update() == 1;
    }

    /** Adds the rules after those the alert already has. */
    void insertRules(AlertId id, List<AlertRuleHit> rules) {
        int next = jdbc.sql("select coalesce(max(position) + 1, 0) from safeguarding_alert_rule where alert_id = ?")
                .param(id.value()).query(Integer.class).single();
        for (AlertRuleHit rule : rules) {
            jdbc.sql("insert into safeguarding_alert_rule (alert_id, position, rule_code, staff_action) values (?, ?, ?, ?)")
                    .params(id.value(), next++, rule.ruleCode(), rule.staffAction()).update();
        }
    }

    /** The response's alert, locked until the transaction ends so two events for it add their rules in turn. */
    Optional<AlertRow> lockOfResponse(UUID responseId) {
        return jdbc.sql("select a.* from safeguarding_alert a where a.response_id = ? for update").param(responseId)
                .query(AlertStore::row).optional();
    }

    /**
     * Moves an alert to {@code status} after new rules arrived: clears the acknowledgement when it reopens (keep it
     * in {@link EarlierAcknowledgements} first) and gives it a new deadline; the version changes either way, so an
     * acknowledgement made without seeing the new rules is refused.
     */
    void rulesAdded(AlertId id, AlertStatus status, Instant escalatesAt) {
        jdbc.sql("""
                update safeguarding_alert set status = :status, version = version + 1,
                    escalates_at = case when status = 'ACKNOWLEDGED' then :escalates else escalates_at end,
                    escalated_at = case when status = 'ACKNOWLEDGED' then null else escalated_at end,
                    acknowledged_at = null, acknowledged_by = null, acknowledged_by_name = null, action_taken = null,
                    referral = null
                where id = :id""")
                .param("status", status.name()).param("escalates", Timestamp.from(escalatesAt)).param("id", id.value())
                .update();
    }

    List<UserId> watchers(AlertId id) {
        return jdbc.sql("select user_id from safeguarding_alert_watcher where alert_id = ? order by user_id")
                .param(id.value()).query((rs, row) -> new UserId(rs.getObject(1, UUID.class))).list();
    }

    void insertWatchers(AlertId id, Collection<UserId> users) {
        for (UserId user : users) {
            jdbc.sql("insert into safeguarding_alert_watcher (alert_id, user_id) values (?, ?) on conflict do nothing")
                    .params(id.value(), user.value()).update();
        }
    }

    Optional<AlertRow> find(AlertId id, AlertViewer viewer) {
        return visible("a.id = :id", viewer).param("id", id.value()).query(AlertStore::row).optional();
    }

    /** Open and escalated alerts, escalated first, then oldest first. */
    List<AlertRow> waiting(AlertViewer viewer) {
        return visible("a.status <> 'ACKNOWLEDGED' order by a.status = 'ESCALATED' desc, a.raised_at", viewer)
                .query(AlertStore::row).list();
    }

    List<AlertRow> recentlyAcknowledged(AlertViewer viewer, int limit) {
        return visible("a.status = 'ACKNOWLEDGED' order by a.acknowledged_at desc limit :limit", viewer)
                .param("limit", limit).query(AlertStore::row).list();
    }

    List<AlertRuleHit> rules(AlertId id) {
        return jdbc.sql("select rule_code, staff_action from safeguarding_alert_rule where alert_id = ? order by position")
                .param(id.value()).query((rs, row) -> new AlertRuleHit(rs.getString(1), rs.getString(2))).list();
    }

    /** False when the version is stale or the alert was acknowledged meanwhile: the caller reloads and explains. */
    boolean acknowledge(AlertId id, int version, UserId by, String byName, String action, Referral referral, Instant at) {
        return jdbc.sql("""
                update safeguarding_alert set status = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?,
                    acknowledged_by_name = ?, action_taken = ?, referral = ?, version = version + 1
                where id = ? and version = ? and status <> 'ACKNOWLEDGED'""")
                .params(Timestamp.from(at), by.value(), byName, action, referral == null ? null : referral.name(),
                        id.value(), version)
                .update() == 1;
    }

    /**
     * Moves open alerts due by {@code now} to ESCALATED. The status test is in the UPDATE, so when two nodes run the
     * job at once each alert is returned to exactly one of them.
     */
    List<Escalated> escalateDue(Instant now) {
        return jdbc.sql("""
                update safeguarding_alert set status = 'ESCALATED', escalated_at = :now
                where status = 'OPEN' and escalates_at <= :now returning id, site_id,
                    (select count(*) from safeguarding_alert_earlier_acknowledgement e
                     where e.alert_id = safeguarding_alert.id) as reopenings""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Escalated(new AlertId(rs.getObject("id", UUID.class)),
                        new SiteId(rs.getObject("site_id", UUID.class)), rs.getInt("reopenings"))).list();
    }

    Map<SiteId, Integer> waitingCounts(SiteScope scope) {
        Map<SiteId, Integer> counts = new LinkedHashMap<>();
        scope.bind(jdbc.sql("select site_id, count(*) from safeguarding_alert a where a.status <> 'ACKNOWLEDGED' and "
                        + scope.condition("a.site_id") + " group by site_id order by site_id"))
                .query((rs, row) -> counts.put(new SiteId(rs.getObject(1, UUID.class)), rs.getInt(2))).list();
        return counts;
    }

    private JdbcClient.StatementSpec visible(String conditionAndOrder, AlertViewer viewer) {
        return viewer.scope().bind(jdbc.sql("select a.* from safeguarding_alert a where "
                        + viewer.scope().condition("a.site_id") + VISIBLE + " and " + conditionAndOrder))
                .param("lead", viewer.lead()).param("viewer", viewer.userId().value());
    }

    private static AlertRow row(ResultSet rs, int row) throws SQLException {
        String referral = rs.getString("referral");
        return new AlertRow(new AlertId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
                new FamilyId(rs.getObject("family_id", UUID.class)), rs.getString("instrument_code"),
                rs.getInt("instrument_version"), rs.getBoolean("self_completed"), instant(rs, "given_at"),
                instant(rs, "raised_at"), instant(rs, "escalates_at"), AlertStatus.valueOf(rs.getString("status")),
                instant(rs, "escalated_at"), instant(rs, "acknowledged_at"), rs.getString("acknowledged_by_name"),
                rs.getString("action_taken"), referral == null ? null : Referral.valueOf(referral), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
