package org.babysteps.identity;

import java.util.Map;
import java.util.Set;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Part of the access matrix ({@link AccessRules}): the routes of one area, and real ids for their variables. */
final class OutcomesLinkAccess {

    static final Map<String, Set<Persona>> RULES = Map.of();

    private OutcomesLinkAccess() {
    }

    /** Adds real north-site ids: {@code byPrefix} maps a path prefix to the id put in its {id}. */
    static void ids(JdbcClient jdbc, Map<String, String> byPrefix, Map<String, String> byVariable) {
    }
}
