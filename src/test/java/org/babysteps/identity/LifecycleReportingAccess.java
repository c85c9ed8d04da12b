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

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class LifecycleReportingAccess {

    /** Compliance: the site's lead and the licensor; not facilitators, not commissioners. */
    private static final Set<Persona> COMPLIANCE = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD);
    /** Evidence packs: counts only, so the site's commissioner too. */
    private static final Set<Persona> EVIDENCE = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_COMMISSIONER);

    static final Map<String, Set<Persona>> RULES = Map.of(
            "GET /sites/{id}/compliance", COMPLIANCE,
            "GET /sites/{id}/evidence", EVIDENCE,
            "GET /sites/{id}/evidence.pdf", EVIDENCE,
            // {streamId} is the north stream the north commissioner's own organisation pays for
            "GET /funding/{streamId}/evidence", EVIDENCE,
            "GET /funding/{streamId}/evidence.pdf", EVIDENCE,
            "GET /lifecycle", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER),
            "GET /lifecycle.csv", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER));

    private LifecycleReportingAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
    }
}
