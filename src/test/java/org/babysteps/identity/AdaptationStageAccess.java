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
final class AdaptationStageAccess {

    private static final Set<Persona> LICENSOR = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER);
    /** A site's stage and adaptations: the licensor and the site's lead and facilitators, never commissioners. */
    private static final Set<Persona> NORTH_VIEWERS = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR);
    private static final Set<Persona> NORTH_LEAD_ONLY = EnumSet.of(NORTH_LEAD);

    static final Map<String, Set<Persona>> RULES = Map.ofEntries(
            Map.entry("GET /sites/{id}/stage", NORTH_VIEWERS),
            Map.entry("POST /sites/{id}/stage", LICENSOR),
            Map.entry("GET /stages", LICENSOR),
            Map.entry("GET /sites/{id}/adaptations", NORTH_VIEWERS),
            Map.entry("GET /sites/{id}/adaptations/new", NORTH_LEAD_ONLY),
            Map.entry("POST /sites/{id}/adaptations", NORTH_LEAD_ONLY),
            Map.entry("GET /sites/{id}/adaptations/{adaptationId}", NORTH_VIEWERS),
            Map.entry("POST /sites/{id}/adaptations/{adaptationId}/decision", LICENSOR),
            Map.entry("POST /sites/{id}/adaptations/{adaptationId}/withdrawal", NORTH_LEAD_ONLY),
            Map.entry("GET /adaptations", LICENSOR));

    private AdaptationStageAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        // the request still awaiting a decision, so deciding and withdrawing are both possible
        byVariable.put("{adaptationId}", RouteIds.one(jdbc, "select a.id from site_adaptation a join site s on s.id = a.site_id"
                + " where s.name = 'North Demo Site' and a.status = 'REQUESTED' order by a.requested_at limit 1", null).toString());
    }
}
