package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_COMMISSIONER;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): local evaluation reports, and real ids for their variables. */
final class EvaluationReportAccess {

    /** North's shared report: its lead, the licensor, and the commissioner whose organisation funds north. */
    private static final Set<Persona> READERS = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_COMMISSIONER);
    /** Writing and sharing: the site's own lead only. */
    private static final Set<Persona> LEAD = EnumSet.of(NORTH_LEAD);

    static final Map<String, Set<Persona>> RULES = Map.of(
            "GET /sites/{id}/evaluation", READERS,
            "POST /sites/{id}/evaluation", LEAD,
            "GET /evaluation/{reportId}", READERS,
            "GET /evaluation/{reportId}.pdf", READERS,
            "GET /evaluation/{reportId}/narrative", LEAD,
            "POST /evaluation/{reportId}/narrative", LEAD,
            "POST /evaluation/{reportId}/share", LEAD,
            "POST /evaluation/{reportId}/withdraw", LEAD);

    private EvaluationReportAccess() {
    }

    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        byVariable.put("{reportId}", RouteIds.one(jdbc, """
                select r.id from evaluation_report r join site s on s.id = r.site_id
                where s.name = 'North Demo Site' and r.status = 'SHARED' limit 1""", null).toString());
    }
}
