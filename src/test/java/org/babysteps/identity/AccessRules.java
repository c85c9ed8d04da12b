package org.babysteps.identity;

import static org.babysteps.identity.AccessMatrixTest.Persona.ANONYMOUS;
import static org.babysteps.identity.AccessMatrixTest.Persona.LICENSOR_ADMIN;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_COMMISSIONER;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_FACILITATOR;
import static org.babysteps.identity.AccessMatrixTest.Persona.NORTH_LEAD;
import static org.babysteps.identity.AccessMatrixTest.Persona.PROGRAMME_MANAGER;
import static org.babysteps.identity.AccessMatrixTest.Persona.SOUTH_LEAD;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.babysteps.identity.AccessMatrixTest.Persona;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The expected access matrix: for each route ("METHOD /path", {id} being the north site), who may use it.
 */
final class AccessRules {

    private static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
    private static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));
    private static final Set<Persona> ADMIN = EnumSet.of(LICENSOR_ADMIN);
    private static final Set<Persona> SEES_NORTH =
            EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR, NORTH_COMMISSIONER);
    private static final Set<Persona> EDITS_NORTH = EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD);
    private static final Set<Persona> NORTH_STAFF_LIST = EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD);

    static final Map<String, Set<Persona>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /login", EVERYONE),
            Map.entry("GET /", SIGNED_IN),
            Map.entry("GET /sites", SIGNED_IN),
            Map.entry("GET /sites/new", ADMIN),
            Map.entry("POST /sites", ADMIN),
            Map.entry("GET /sites/{id}", SEES_NORTH),
            Map.entry("GET /sites/{id}/edit", EDITS_NORTH),
            Map.entry("POST /sites/{id}", EDITS_NORTH),
            Map.entry("GET /sites/{id}/agencies/new", EDITS_NORTH),
            Map.entry("POST /sites/{id}/agencies", EDITS_NORTH),
            Map.entry("GET /sites/{id}/staff", NORTH_STAFF_LIST),
            Map.entry("GET /sites/{id}/staff/new", ADMIN),
            Map.entry("POST /sites/{id}/staff", ADMIN),
            Map.entry("GET /users", ADMIN),
            Map.entry("GET /users/new", ADMIN),
            Map.entry("POST /users", ADMIN),
            Map.entry("GET /audit", ADMIN),
            Map.entry("POST /audit/verification", ADMIN),
            Map.entry("GET /actuator", ADMIN),
            Map.entry("GET /actuator/health", EVERYONE),
            Map.entry("GET /actuator/health/**", EVERYONE),
            Map.entry("GET /actuator/prometheus", ADMIN),
            Map.entry("GET /v3/api-docs", SIGNED_IN),
            Map.entry("GET /v3/api-docs.yaml", SIGNED_IN),
            Map.entry("GET /v3/api-docs/swagger-config", SIGNED_IN),
            Map.entry("GET /api-docs.html", SIGNED_IN)));

    private AccessRules() {
    }

    /** "METHOD /path" for every handler Spring MVC knows, apart from Boot's own error page. */
    static Set<String> discoverRoutes(Collection<RequestMappingInfoHandlerMapping> mappings) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (pattern.equals("/error")) {
                        continue;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "{id}");
                    if (methods.isEmpty()) {
                        routes.add("GET " + path);
                    }
                    methods.forEach(method -> routes.add(method.name() + " " + path));
                }
            }
        }
        return routes;
    }
}
