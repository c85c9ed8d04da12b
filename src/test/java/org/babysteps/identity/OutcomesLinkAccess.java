package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class OutcomesLinkAccess {

    /**
     * A parent's link pages need no sign-in, so everyone reaches them; with the made-up token below every one of
     * them answers 410 "This link cannot be used", which the matrix counts as served (not refused or hidden).
     */
    private static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
    private static final String LINK = "/q/{token}";

    static final Map<String, Set<Persona>> RULES = Map.ofEntries(
            Map.entry("POST /families/{id}/questionnaire-links", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("GET " + LINK, EVERYONE),
            Map.entry("GET " + LINK + "/questions/{number}", EVERYONE),
            Map.entry("POST " + LINK + "/questions/{number}", EVERYONE),
            Map.entry("GET " + LINK + "/questions/{number}/help", EVERYONE),
            Map.entry("GET " + LINK + "/check", EVERYONE),
            Map.entry("POST " + LINK + "/check", EVERYONE));

    private OutcomesLinkAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
        // a well-formed token (32 bytes, URL-safe base64) that no link has
        byVariable.put("{token}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        byVariable.put("{number}", "1");
    }
}
