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
    private static final Set<Persona> NORTH_LEAD_ONLY = EnumSet.of(NORTH_LEAD);
    /** Personal data of families: only the site's own lead and facilitators. */
    private static final Set<Persona> NORTH_FAMILY_WORKERS = EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR);
    /** Lists and new referrals of the caller's own sites: every site's family workers. */
    private static final Set<Persona> FAMILY_WORKERS = EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR, SOUTH_LEAD);
    /** Delivery facts without family details: the site's workers and the licensor. */
    private static final Set<Persona> NORTH_DELIVERY_VIEW =
            EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR);

    private static final Map<String, Set<Persona>> BASE = Map.ofEntries(
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
            Map.entry("GET /notifications", ADMIN),
            Map.entry("POST /audit/verification", ADMIN),
            Map.entry("GET /actuator", ADMIN),
            Map.entry("GET /actuator/health", EVERYONE),
            Map.entry("GET /actuator/health/**", EVERYONE),
            Map.entry("GET /actuator/prometheus", ADMIN),
            Map.entry("GET /v3/api-docs", SIGNED_IN),
            Map.entry("GET /v3/api-docs.yaml", SIGNED_IN),
            Map.entry("GET /v3/api-docs/swagger-config", SIGNED_IN),
            Map.entry("GET /api-docs.html", SIGNED_IN),
            Map.entry("GET /programmes", SIGNED_IN),
            Map.entry("GET /programmes/{id}", SIGNED_IN),
            Map.entry("GET /co-facilitation-exceptions", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, SOUTH_LEAD)),
            Map.entry("GET /families", FAMILY_WORKERS),
            Map.entry("GET /families/new", FAMILY_WORKERS),
            Map.entry("POST /families", FAMILY_WORKERS),
            Map.entry("GET /families/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("GET /families/{id}/edit", NORTH_FAMILY_WORKERS),
            Map.entry("POST /families/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("POST /families/{id}/journey", NORTH_FAMILY_WORKERS),
            Map.entry("GET /families/{id}/consents/new", NORTH_FAMILY_WORKERS),
            Map.entry("POST /families/{id}/consents", NORTH_FAMILY_WORKERS),
            Map.entry("GET /families/{id}/consents/{consentId}/withdrawal", NORTH_FAMILY_WORKERS),
            Map.entry("POST /families/{id}/consents/{consentId}/withdrawal", NORTH_FAMILY_WORKERS),
            Map.entry("GET /families/{id}/birth", NORTH_FAMILY_WORKERS),
            Map.entry("POST /families/{id}/birth", NORTH_FAMILY_WORKERS),
            Map.entry("GET /api/v1/families", FAMILY_WORKERS),
            Map.entry("POST /api/v1/families", FAMILY_WORKERS),
            Map.entry("GET /api/v1/families/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("POST /api/v1/families/{id}/consents", NORTH_FAMILY_WORKERS),
            Map.entry("POST /api/v1/families/{id}/consents/{consentId}/withdrawal", NORTH_FAMILY_WORKERS),
            Map.entry("POST /api/v1/families/{id}/journey", NORTH_FAMILY_WORKERS),
            Map.entry("GET /sites/{id}/groups", NORTH_DELIVERY_VIEW),
            Map.entry("GET /sites/{id}/groups/new", NORTH_LEAD_ONLY),
            Map.entry("POST /sites/{id}/groups", NORTH_LEAD_ONLY),
            Map.entry("GET /groups/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("GET /groups/{id}/enrolments/new", NORTH_FAMILY_WORKERS),
            Map.entry("POST /groups/{id}/enrolments", NORTH_FAMILY_WORKERS),
            Map.entry("GET /groups/{id}/enrolments/{familyId}/withdrawal", NORTH_FAMILY_WORKERS),
            Map.entry("POST /groups/{id}/enrolments/{familyId}/withdrawal", NORTH_FAMILY_WORKERS),
            Map.entry("GET /sessions/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("GET /sessions/{id}/register", NORTH_FAMILY_WORKERS),
            Map.entry("POST /sessions/{id}/register", NORTH_FAMILY_WORKERS),
            Map.entry("GET /sessions/{id}/change", NORTH_LEAD_ONLY),
            Map.entry("POST /sessions/{id}/change", NORTH_LEAD_ONLY),
            Map.entry("GET /sites/{id}/facilitators", NORTH_DELIVERY_VIEW),
            Map.entry("GET /sites/{id}/practitioners", NORTH_STAFF_LIST),
            Map.entry("GET /sites/{id}/practitioners/new", EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD)),
            Map.entry("POST /sites/{id}/practitioners", EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD)),
            Map.entry("GET /practitioners/{id}", NORTH_STAFF_LIST),
            Map.entry("POST /practitioners/{id}", EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD)),
            Map.entry("GET /training", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR, SOUTH_LEAD)),
            Map.entry("GET /training/runs/new", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("POST /training/runs", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/runs/{id}", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("POST /training/runs/{id}/trainees", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("POST /training/runs/{id}/trainers", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/runs/{id}/cancellation", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("POST /training/runs/{id}/cancellation", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/runs/{id}/trainees/{traineeId}/removal", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("POST /training/runs/{id}/trainees/{traineeId}/removal", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/runs/{id}/events/{n}/register", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("POST /training/runs/{id}/events/{n}/register", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/runs/{id}/events/{n}/feedback", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_FACILITATOR)),
            Map.entry("POST /training/runs/{id}/events/{n}/feedback", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_FACILITATOR)),
            Map.entry("GET /training/runs/{id}/follow-up", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_FACILITATOR)),
            Map.entry("POST /training/runs/{id}/follow-up", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_FACILITATOR)),
            Map.entry("GET /training/runs/{id}/feedback", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/trainers", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /training/trends", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /api/v1/course-runs", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR, SOUTH_LEAD)),
            Map.entry("POST /api/v1/course-runs", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /api/v1/course-runs/{id}", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("PUT /api/v1/course-runs/{id}/events/{n}/attendance", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /sites/{id}/workforce", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD)),
            Map.entry("GET /workforce", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /workforce/trainers", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER)),
            Map.entry("GET /sites/{id}/supervision", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD)),
            Map.entry("GET /sites/{id}/supervision/new", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("POST /sites/{id}/supervision", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("GET /supervision", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR, SOUTH_LEAD)),
            Map.entry("GET /availability", EnumSet.of(NORTH_FACILITATOR)),
            Map.entry("GET /practitioners/{id}/availability", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("POST /practitioners/{id}/availability", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("POST /practitioners/{id}/availability/leave", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("POST /practitioners/{id}/availability/leave/{leaveId}/removal", EnumSet.of(NORTH_LEAD, NORTH_FACILITATOR)),
            Map.entry("GET /api/v1/practitioners", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD)),
            Map.entry("POST /api/v1/practitioners", EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD, SOUTH_LEAD)),
            Map.entry("GET /api/v1/practitioners/{id}", EnumSet.of(LICENSOR_ADMIN, PROGRAMME_MANAGER, NORTH_LEAD)),
            Map.entry("PUT /api/v1/practitioners/{id}", EnumSet.of(LICENSOR_ADMIN, NORTH_LEAD)),
            Map.entry("GET /sites/{id}/venues", NORTH_DELIVERY_VIEW),
            Map.entry("GET /sites/{id}/venues/new", NORTH_LEAD_ONLY),
            Map.entry("POST /sites/{id}/venues", NORTH_LEAD_ONLY),
            Map.entry("GET /families/{id}/delivery", NORTH_FAMILY_WORKERS),
            Map.entry("GET /families/{id}/visits/{code}", NORTH_FAMILY_WORKERS),
            Map.entry("POST /families/{id}/visits/{code}", NORTH_FAMILY_WORKERS),
            Map.entry("GET /api/v1/groups", NORTH_FAMILY_WORKERS),
            Map.entry("POST /api/v1/groups", EnumSet.of(NORTH_LEAD, SOUTH_LEAD)),
            Map.entry("GET /api/v1/groups/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("POST /api/v1/groups/{id}/enrolments", NORTH_FAMILY_WORKERS),
            Map.entry("GET /api/v1/sessions/{id}", NORTH_FAMILY_WORKERS),
            Map.entry("GET /api/v1/sessions/{id}/attendance", NORTH_FAMILY_WORKERS),
            Map.entry("PUT /api/v1/sessions/{id}/attendance", NORTH_FAMILY_WORKERS),
            Map.entry("GET /api/v1/families/{familyId}/home-visits", NORTH_FAMILY_WORKERS),
            Map.entry("PUT /api/v1/families/{familyId}/home-visits/{code}", NORTH_FAMILY_WORKERS));

    /** Every route: the base above plus each area's own rules file. */
    static final Map<String, Set<Persona>> RULES = new TreeMap<>();

    static {
        RULES.putAll(BASE);
        RULES.putAll(ReadinessLicenceAccess.RULES);
        RULES.putAll(AdaptationStageAccess.RULES);
        RULES.putAll(SteeringFundingAccess.RULES);
        RULES.putAll(LifecycleReportingAccess.RULES);
        RULES.putAll(OutcomesResponsesAccess.RULES);
        RULES.putAll(OutcomesAlertsAccess.RULES);
        RULES.putAll(OutcomesAnalysisAccess.RULES);
        RULES.putAll(OutcomesLinkAccess.RULES);
        RULES.putAll(EvaluationReportAccess.RULES);
        RULES.putAll(EvaluationDataAccess.RULES);
        RULES.putAll(MediaAccess.RULES);
        RULES.putAll(MediaParentLinkAccess.RULES);
        RULES.putAll(MediaDemonstrationAccess.RULES);
    }

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
                    String path = pattern;
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
