package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the licensor's demonstration films, and a real one's id. */
final class MediaDemonstrationAccess {

    /** Licensor staff add and delete them. */
    private static final Set<Persona> LICENSOR_STAFF = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER);
    /**
     * Licensor staff and trained facilitators and site leads watch them: north's midwife is trained; the north and
     * south leads are not practitioners with recorded training, so they are told so (403); the commissioner finds
     * nothing (404).
     */
    private static final Set<Persona> WATCHERS = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_FACILITATOR);

    static final Map<String, Set<Persona>> RULES = Map.of(
            "GET /demonstration-films", WATCHERS,
            "GET /demonstration-films/{demonstrationId}", WATCHERS,
            "GET /demonstration-films/new", LICENSOR_STAFF,
            // (asked without a length or details, licensor staff get 422: nothing is started)
            "POST /demonstration-films/videos", LICENSOR_STAFF,
            "GET /demonstration-films/{demonstrationId}/deletion", LICENSOR_STAFF,
            "POST /demonstration-films/{demonstrationId}/deletion", LICENSOR_STAFF);

    private MediaDemonstrationAccess() {
    }

    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        byVariable.put("{demonstrationId}", RouteIds.one(jdbc, "select id from video where kind = 'DEMONSTRATION'"
                + " and status = 'READY' and title = 'Setting up talk and listen time' order by created_at limit 1",
                null).toString());
    }
}
