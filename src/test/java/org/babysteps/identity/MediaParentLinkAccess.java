package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class MediaParentLinkAccess {

    private static final String LINK = "/w/{watchToken}";

    static final Map<String, Set<Persona>> RULES = Map.of(
            // the demo film of a north family the midwife facilitates: she and the site lead may make a parent's link
            // to it (asked without a parent, they get the form back); nobody else finds the film
            "POST /videos/{filmId}/parent-links", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR),
            // the page that shows a link just made, once (asked without one, it sends them back to the film)
            "GET /videos/{filmId}/parent-links/made", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR),
            // a link the film does not have: everyone finds nothing (ParentWatchLinkCreationTest withdraws real links)
            "POST /videos/{filmId}/parent-links/{parentLinkId}/withdrawal", EnumSet.noneOf(Persona.class),
            // a parent's link pages need no sign-in (ParentWatchLinkTest opens real links anonymously), but with the
            // made-up token below every one of them answers the same 404 "This link has expired or is not valid",
            // whoever asks, so that nobody can tell a token that never existed from one that expired
            "GET " + LINK, EnumSet.noneOf(Persona.class),
            "GET " + LINK + "/stream", EnumSet.noneOf(Persona.class),
            "POST " + LINK + "/views", EnumSet.noneOf(Persona.class),
            "POST " + LINK + "/views/{linkViewId}", EnumSet.noneOf(Persona.class));

    private MediaParentLinkAccess() {
    }

    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        byVariable.put("{filmId}", RouteIds.one(jdbc, """
                select v.id from video v join site s on s.id = v.site_id
                where s.name = 'North Demo Site' and v.kind = 'FAMILY' and v.status = 'READY'
                and exists (select 1 from consent c where c.family_id = v.family_id and c.purpose = 'FILMING'
                            and c.withdrawn_on is null)
                order by v.created_at limit 1""", null).toString());
        byVariable.put("{parentLinkId}", UUID.nameUUIDFromBytes("no such parent link".getBytes()).toString());
        // a well-formed token (32 bytes, URL-safe base64) that no link has
        byVariable.put("{watchToken}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        byVariable.put("{linkViewId}", UUID.nameUUIDFromBytes("no such viewing by link".getBytes()).toString());
    }
}
