package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.SOUTH_LEAD;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class OutcomesAlertsAccess {

    /** Safeguarding alerts: the site's lead and the family's facilitators; never commissioners or the licensor. */
    private static final Set<Persona> ACTS_ON_ALERTS = EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR);

    static final Map<String, Set<Persona>> RULES = Map.of(
            // the list is of the caller's own sites' alerts, so another site's lead gets their (own) list
            "GET /alerts", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR, SOUTH_LEAD),
            "GET /alerts/{alertId}", ACTS_ON_ALERTS,
            "POST /alerts/{alertId}/acknowledgement", ACTS_ON_ALERTS);

    private OutcomesAlertsAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        // the demo's open alert is raised by a listener after the seeding commits, so it may still be on its way
        UUID alert = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> demoAlert(jdbc), Objects::nonNull);
        byVariable.put("{alertId}", alert.toString());
    }

    /**
     * The demo's open alert, for a family in a group midwife@north.demo facilitates. Until the responses demo (which
     * publishes the demo's risk answers) is in the build, one is written here in its place.
     */
    private static UUID demoAlert(JdbcClient jdbc) {
        UUID found = jdbc.sql("select a.id from safeguarding_alert a join site s on s.id = a.site_id"
                + " where s.name = 'North Demo Site' and a.status <> 'ACKNOWLEDGED' and exists (select 1 from"
                + " safeguarding_alert_watcher w join app_user u on u.id = w.user_id where w.alert_id = a.id"
                + " and lower(u.email) = 'midwife@north.demo') order by a.raised_at limit 1").query(UUID.class).optional()
                .orElse(null);
        if (found != null || !waitedLongEnough()) {
            return found;
        }
        UUID family = RouteIds.one(jdbc, "select e.family_id from enrolment e join group_facilitator gf on gf.group_id ="
                + " e.group_id join facilitator f on f.id = gf.facilitator_id join app_user u on u.id = f.user_id"
                + " where lower(u.email) = 'midwife@north.demo' and e.status = 'ENROLLED' order by e.family_id limit 1", null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into safeguarding_alert (id, response_id, site_id, family_id, instrument_code, instrument_version,
                    self_completed, given_at, raised_at, escalates_at, status)
                select ?, ?, e.site_id, e.family_id, 'epds', 1, false, now(), now(), now() + interval '1 day', 'OPEN'
                from enrolment e where e.family_id = ? limit 1""").params(id, UUID.randomUUID(), family).update();
        jdbc.sql("insert into safeguarding_alert_rule (alert_id, position, rule_code, staff_action)"
                + " values (?, 0, 'self-harm', 'Speak with the parent about their safety today.')").param(id).update();
        jdbc.sql("insert into safeguarding_alert_watcher (alert_id, user_id) select ?, id from app_user"
                + " where lower(email) = 'midwife@north.demo'").param(id).update();
        return id;
    }

    private static long firstAsked;

    /** The listener is given a few seconds from the first question before an alert is written in its place. */
    private static boolean waitedLongEnough() {
        long now = System.nanoTime();
        if (firstAsked == 0) {
            firstAsked = now;
        }
        return now - firstAsked > Duration.ofSeconds(5).toNanos();
    }
}
