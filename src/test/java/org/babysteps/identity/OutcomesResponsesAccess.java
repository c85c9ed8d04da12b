package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class OutcomesResponsesAccess {

    /** Parents' answers are personal data: only the family's own site's lead and facilitators. */
    private static final Set<Persona> NORTH_FAMILY_WORKERS = EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR);
    private static final String QUESTIONNAIRES = "/families/{id}/questionnaires";

    static final Map<String, Set<Persona>> RULES = Map.ofEntries(
            Map.entry("GET " + QUESTIONNAIRES, NORTH_FAMILY_WORKERS),
            Map.entry("GET " + QUESTIONNAIRES + "/new", NORTH_FAMILY_WORKERS),
            Map.entry("POST " + QUESTIONNAIRES, NORTH_FAMILY_WORKERS),
            Map.entry("GET " + QUESTIONNAIRES + "/{responseId}", NORTH_FAMILY_WORKERS),
            Map.entry("POST " + QUESTIONNAIRES + "/{responseId}", NORTH_FAMILY_WORKERS),
            Map.entry("GET /api/v1/families/{id}/responses", NORTH_FAMILY_WORKERS),
            Map.entry("POST /api/v1/families/{id}/responses", NORTH_FAMILY_WORKERS));

    private OutcomesResponsesAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        // a response of the family the matrix asks about (the demo gives every family of a running group a baseline)
        byVariable.put("{responseId}", RouteIds.one(jdbc, "select id from questionnaire_response where family_id = ?::uuid"
                + " order by started_at limit 1", byPrefix.get("/families/")).toString());
    }
}
