package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class OutcomesAnalysisAccess {

    /** A site's outcomes dashboard: its lead, and the licensor; not facilitators, not commissioners (they get the pack). */
    private static final Set<Persona> SITE_DASHBOARD = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD);
    /** Outcomes by site: the licensor only. */
    private static final Set<Persona> LICENSOR = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER);

    static final Map<String, Set<Persona>> RULES = Map.of(
            "GET /sites/{id}/outcomes", SITE_DASHBOARD,
            "GET /outcomes", LICENSOR,
            "GET /outcomes.csv", LICENSOR,
            // one group's outcomes: the site's own team, who know its families
            "GET /groups/{id}/outcomes", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR));

    private OutcomesAnalysisAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        // only the north site's and group's {id}, which RouteIds already fills
    }
}
