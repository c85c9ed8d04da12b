package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class EvaluationDataAccess {

    /**
     * A site's de-identified row-level evaluation data: the licensor and the site's lead (and the site's evaluators,
     * who have no persona here: EvaluationDataExportTest covers them). Not facilitators, not commissioners: rows about
     * single parents are for evaluation only, even under pseudonyms. Asked without a period, the allowed get 400.
     */
    private static final Set<Persona> EVALUATION_DATA = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD);

    static final Map<String, Set<Persona>> RULES = Map.of(
            "GET /sites/{id}/evaluation-data.csv", EVALUATION_DATA,
            "GET /sites/{id}/evaluation-data.xlsx", EVALUATION_DATA);

    private EvaluationDataAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        // only the north site's {id}, which RouteIds already fills
    }
}
