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

    /** The demo's open alert, raised from the demo's risk answer for a family in a group midwife@north.demo runs. */
    private static UUID demoAlert(JdbcClient jdbc) {
        return jdbc.sql("select a.id from safeguarding_alert a join site s on s.id = a.site_id"
                + " where s.name = 'North Demo Site' and a.status <> 'ACKNOWLEDGED' and exists (select 1 from"
                + " safeguarding_alert_watcher w join app_user u on u.id = w.user_id where w.alert_id = a.id"
                + " and lower(u.email) = 'midwife@north.demo') order by a.raised_at limit 1").query(UUID.class).optional()
                .orElse(null);
    }
}
