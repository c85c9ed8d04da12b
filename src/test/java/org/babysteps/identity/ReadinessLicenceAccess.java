package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_COMMISSIONER;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class ReadinessLicenceAccess {

    /** Readiness: the site's lead and facilitators and the licensor; never commissioners. */
    private static final Set<Persona> READS_READINESS = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR);
    private static final Set<Persona> CONTRIBUTES = EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR);
    private static final Set<Persona> LICENSOR = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER);
    private static final Set<Persona> LEAD = EnumSet.of(NORTH_LEAD);
    private static final String ASSESSMENT = "/sites/{id}/readiness/{assessmentId}";
    private static final String LICENCE = "/sites/{id}/licences/{licenceId}/";

    static final Map<String, Set<Persona>> RULES = Map.ofEntries(
            Map.entry("GET /readiness", LICENSOR),
            Map.entry("GET /sites/{id}/readiness", READS_READINESS),
            Map.entry("POST /sites/{id}/readiness", LEAD),
            Map.entry("GET /sites/{id}/readiness/comparison", READS_READINESS),
            Map.entry("GET " + ASSESSMENT, READS_READINESS),
            Map.entry("POST " + ASSESSMENT + "/submission", LEAD),
            Map.entry("POST " + ASSESSMENT + "/return", LICENSOR),
            Map.entry("POST " + ASSESSMENT + "/decision", LICENSOR),
            Map.entry("POST " + ASSESSMENT + "/conditions/{conditionId}/done", LEAD),
            Map.entry("GET " + ASSESSMENT + "/criteria/{criterion}", READS_READINESS),
            Map.entry("POST " + ASSESSMENT + "/criteria/{criterion}", CONTRIBUTES),
            Map.entry("POST " + ASSESSMENT + "/criteria/{criterion}/files", CONTRIBUTES),
            Map.entry("POST " + ASSESSMENT + "/criteria/{criterion}/comments", LICENSOR),
            Map.entry("GET " + ASSESSMENT + "/files/{fileId}", READS_READINESS),
            Map.entry("POST " + ASSESSMENT + "/files/{fileId}/removal", CONTRIBUTES),
            Map.entry("GET /sites/{id}/licence", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR, NORTH_COMMISSIONER)),
            Map.entry("GET /sites/{id}/licences/new", LICENSOR),
            Map.entry("POST /sites/{id}/licences", LICENSOR),
            Map.entry("GET " + LICENCE + "activation", LICENSOR),
            Map.entry("POST " + LICENCE + "activation", LICENSOR),
            Map.entry("GET " + LICENCE + "suspension", LICENSOR),
            Map.entry("POST " + LICENCE + "suspension", LICENSOR),
            Map.entry("GET " + LICENCE + "reinstatement", LICENSOR),
            Map.entry("POST " + LICENCE + "reinstatement", LICENSOR),
            Map.entry("GET " + LICENCE + "ending", LICENSOR),
            Map.entry("POST " + LICENCE + "ending", LICENSOR),
            Map.entry("GET " + LICENCE + "withdrawal", LICENSOR),
            Map.entry("POST " + LICENCE + "withdrawal", LICENSOR),
            Map.entry("GET " + LICENCE + "conditions", LICENSOR),
            Map.entry("POST " + LICENCE + "conditions", LICENSOR));

    private ReadinessLicenceAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        UUID north = RouteIds.one(jdbc, "select id from site where name = 'North Demo Site'", null);
        // the demo's first north assessment: decided with a condition, and an evidence file
        UUID assessment = RouteIds.one(jdbc, "select a.id from readiness_assessment a where a.site_id = ?"
                + " and exists (select 1 from readiness_condition c where c.assessment_id = a.id) order by a.started_on limit 1", north);
        byVariable.put("{assessmentId}", assessment.toString());
        byVariable.put("{conditionId}", RouteIds.one(jdbc, "select id from readiness_condition where assessment_id = ? order by position limit 1",
                assessment).toString());
        byVariable.put("{fileId}", RouteIds.one(jdbc, "select id from readiness_file where assessment_id = ? order by at limit 1",
                assessment).toString());
        byVariable.put("{criterion}", "senior-buy-in");
        byVariable.put("{licenceId}", RouteIds.one(jdbc, "select id from licence where site_id = ? and status = 'ACTIVE'"
                + " order by starts_on limit 1", north).toString());
    }
}
