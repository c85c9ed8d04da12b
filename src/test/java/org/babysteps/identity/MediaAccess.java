package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.SOUTH_LEAD;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class MediaAccess {

    static final Map<String, Set<Persona>> RULES = Map.of(
            // what the upload protocol offers: anyone who may film
            "OPTIONS /media/uploads", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR, SOUTH_LEAD),
            // a north family's talk and listen time page and films: the site's facilitators and lead
            "GET /families/{familyId}/talk-and-listen", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR),
            // (asked without a length, they get 400)
            "POST /families/{familyId}/videos", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR),
            // an upload is carried on only by whoever started it, none of these personas (TusUploadTest covers it)
            "HEAD /media/uploads/{uploadId}", EnumSet.noneOf(Persona.class),
            "PATCH /media/uploads/{uploadId}", EnumSet.noneOf(Persona.class),
            // a film that does not exist: everyone finds nothing. Who may watch a real film (the family's facilitators,
            // their supervisor, the site lead) and who may not is covered with real films in media.playback's tests
            "GET /videos/{videoId}", EnumSet.noneOf(Persona.class),
            "GET /videos/{videoId}/stream", EnumSet.noneOf(Persona.class),
            "POST /videos/{videoId}/notes", EnumSet.noneOf(Persona.class),
            "POST /videos/{videoId}/views", EnumSet.noneOf(Persona.class),
            // only the viewer reports on their own viewing (FilmViewingTest)
            "POST /videos/{videoId}/views/{viewId}", EnumSet.noneOf(Persona.class));

    private MediaAccess() {
    }

    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        byVariable.put("{uploadId}", UUID.nameUUIDFromBytes("no such upload".getBytes()).toString());
        // no demo films exist: a random id makes every persona's answer 404 (FilmAccessTest asks with real films)
        byVariable.put("{videoId}", UUID.nameUUIDFromBytes("no such video".getBytes()).toString());
        byVariable.put("{viewId}", UUID.nameUUIDFromBytes("no such viewing".getBytes()).toString());
    }
}
