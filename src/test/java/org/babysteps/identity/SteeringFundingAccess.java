package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_COMMISSIONER;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class SteeringFundingAccess {

    /** The steering group: licensor staff and the site's lead and facilitators read it; commissioners do not. */
    private static final Set<Persona> READS_STEERING = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR);
    /** Funding: licensor staff, the site lead and the commissioner (their own organisation's streams only). */
    private static final Set<Persona> READS_FUNDING = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_COMMISSIONER);
    private static final Set<Persona> EDITS = EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD);

    static final Map<String, Set<Persona>> RULES = Map.ofEntries(
            Map.entry("GET /sites/{id}/steering", READS_STEERING),
            Map.entry("GET /sites/{id}/steering/members/new", EDITS),
            Map.entry("POST /sites/{id}/steering/members", EDITS),
            Map.entry("GET /sites/{id}/steering/members/{memberId}/departure", EDITS),
            Map.entry("POST /sites/{id}/steering/members/{memberId}/departure", EDITS),
            Map.entry("GET /sites/{id}/steering/meetings/new", EDITS),
            Map.entry("POST /sites/{id}/steering/meetings", EDITS),
            Map.entry("GET /sites/{id}/steering/meetings/{meetingId}", READS_STEERING),
            Map.entry("POST /sites/{id}/steering/meetings/{meetingId}", EDITS),
            Map.entry("GET /sites/{id}/steering/actions/new", EDITS),
            Map.entry("POST /sites/{id}/steering/actions", EDITS),
            Map.entry("GET /sites/{id}/steering/actions/{actionId}/completion", EDITS),
            Map.entry("POST /sites/{id}/steering/actions/{actionId}/completion", EDITS),
            Map.entry("GET /sites/{id}/funding", READS_FUNDING),
            Map.entry("GET /sites/{id}/funding/new", EDITS),
            Map.entry("POST /sites/{id}/funding", EDITS),
            Map.entry("GET /funding", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /funding/{streamId}", READS_FUNDING),
            Map.entry("POST /funding/{streamId}", EDITS));

    private SteeringFundingAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        String north = "(select id from site where name = 'North Demo Site')";
        byVariable.put("{memberId}", RouteIds.one(jdbc, "select id from steering_member where site_id = " + north
                + " and left_on is null order by lower(name) limit 1", null).toString());
        byVariable.put("{meetingId}", RouteIds.one(jdbc, "select id from steering_meeting where site_id = " + north
                + " order by held_on desc limit 1", null).toString());
        byVariable.put("{actionId}", RouteIds.one(jdbc, "select id from steering_action where site_id = " + north
                + " and status = 'OPEN' order by due_on limit 1", null).toString());
        // the stream the north commissioner's own organisation pays for, so the commissioner may open it
        byVariable.put("{streamId}", RouteIds.one(jdbc, "select f.id from funding_stream f join agency a on a.id = f.commissioner_id"
                + " where f.site_id = " + north + " and a.name = 'Northshire Integrated Care Board (demo)'"
                + " and f.status = 'SECURED' limit 1", null).toString());
    }
}
