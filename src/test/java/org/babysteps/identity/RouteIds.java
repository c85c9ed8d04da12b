package org.babysteps.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real ids of the north demo site's records, put into route patterns, so the matrix asks for records that exist:
 * the north lead must get them, the south lead must get 404.
 */
final class RouteIds {

    private final Map<String, String> byPrefix = new LinkedHashMap<>();
    private final Map<String, String> byVariable = new LinkedHashMap<>();

    RouteIds(JdbcClient jdbc) {
        UUID site = one(jdbc, "select id from site where name = 'North Demo Site'", null);
        UUID group = one(jdbc, "select g.id from delivery_group g where g.site_id = ? and exists (select 1 from enrolment e"
                + " where e.group_id = g.id and e.status = 'ENROLLED') order by g.start_date desc limit 1", site);
        String family = one(jdbc, "select family_id from enrolment where group_id = ? and status = 'ENROLLED' limit 1", group).toString();
        byPrefix.put("/groups/", group.toString());
        byPrefix.put("/api/v1/groups/", byPrefix.get("/groups/"));
        byPrefix.put("/sessions/", one(jdbc, "select id from group_session where site_id = ? order by planned_date limit 1", site).toString());
        byPrefix.put("/api/v1/sessions/", byPrefix.get("/sessions/"));
        // the facilitator persona's own record, so "their own availability" routes are asked about themselves
        UUID midwife = one(jdbc, "select p.id from practitioner p join app_user u on u.id = p.user_id"
                + " where lower(u.email) = 'midwife@north.demo'", null);
        byPrefix.put("/practitioners/", midwife.toString());
        // the facilitator persona is a trainee on the run below
        byVariable.put("{traineeId}", midwife.toString());
        byPrefix.put("/api/v1/practitioners/", midwife.toString());
        byVariable.put("{leaveId}", one(jdbc, "select id from practitioner_leave where practitioner_id = ? order by starts_on limit 1",
                midwife).toString());
        byPrefix.put("/families/", family);
        byPrefix.put("/api/v1/families/", family);
        byPrefix.put("/programmes/", "baby-steps");
        String run = one(jdbc, "select r.id from course_run r where r.site_id = ? and r.kind = 'FACILITATOR' and exists"
                + " (select 1 from course_trainee t join practitioner p on p.id = t.practitioner_id join app_user u"
                + " on u.id = p.user_id where t.run_id = r.id and u.email = 'midwife@north.demo')"
                + " order by (select min(e.starts_on) from course_event e where e.run_id = r.id) limit 1", site).toString();
        byPrefix.put("/training/runs/", run);
        byPrefix.put("/api/v1/course-runs/", run);
        byVariable.put("{n}", "1");
        byPrefix.put("/sites/", site.toString());
        byVariable.put("{familyId}", family);
        byVariable.put("{code}", "antenatal-visit");
        byVariable.put("{consentId}", String.valueOf(one(jdbc, "select id from consent where family_id = ?::uuid limit 1", family)));
        ReadinessLicenceAccess.ids(jdbc, byPrefix, byVariable);
        AdaptationStageAccess.ids(jdbc, byPrefix, byVariable);
        SteeringFundingAccess.ids(jdbc, byPrefix, byVariable);
        LifecycleReportingAccess.ids(jdbc, byPrefix, byVariable);
        OutcomesResponsesAccess.ids(jdbc, byPrefix, byVariable);
        OutcomesAlertsAccess.ids(jdbc, byPrefix, byVariable);
        OutcomesAnalysisAccess.ids(jdbc, byPrefix, byVariable);
        OutcomesLinkAccess.ids(jdbc, byPrefix, byVariable);
        EvaluationReportAccess.ids(jdbc, byPrefix, byVariable);
        MediaAccess.ids(jdbc, byPrefix, byVariable);
        MediaParentLinkAccess.ids(jdbc, byPrefix, byVariable);
        MediaDemonstrationAccess.ids(jdbc, byPrefix, byVariable);
    }

    String fill(String pattern) {
        String path = pattern.equals("/api/v1/groups") || pattern.equals("/api/v1/practitioners")
                ? pattern + "?siteId=" + byPrefix.get("/sites/") : pattern;
        for (Map.Entry<String, String> variable : byVariable.entrySet()) {
            path = path.replace(variable.getKey(), variable.getValue());
        }
        for (Map.Entry<String, String> prefix : byPrefix.entrySet()) {
            if (path.startsWith(prefix.getKey()) && path.contains("{id}")) {
                return path.replace("{id}", prefix.getValue());
            }
        }
        return path;
    }

    static UUID one(JdbcClient jdbc, String sql, Object parameter) {
        var statement = jdbc.sql(sql);
        if (parameter != null) {
            statement = statement.param(parameter);
        }
        return statement.query(UUID.class).optional().orElseThrow(() -> new IllegalStateException("Demo data lacks: " + sql));
    }
}
