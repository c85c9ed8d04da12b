package org.babysteps.workforce.internal;

import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which course runs a caller sees, applied inside SQL. Licensor staff and site leads see runs at their sites and
 * runs any of their sites' practitioners train on (site scope); trainers see the runs they train on, and
 * facilitators the runs they are trainees of, whatever their site.
 *
 * @param siteWide whether the caller's site scope opens runs (licensor roles and site leads)
 * @param userId   the caller's account, matched against the practitioners' accounts
 */
public record RunVisibility(SiteScope scope, boolean siteWide, UUID userId) {

    /** A SQL condition true only for runs (alias {@code r}) the caller may see. */
    public String condition() {
        return "((:visSiteWide and (" + scope.condition("r.site_id") + " or exists (select 1 from course_trainee vt"
                + " join practitioner_site vps on vps.practitioner_id = vt.practitioner_id where vt.run_id = r.id and "
                + scope.condition("vps.site_id") + ")))"
                + " or exists (select 1 from course_trainer vr join practitioner vp on vp.id = vr.practitioner_id"
                + " where vr.run_id = r.id and vp.user_id = :visUser)"
                + " or exists (select 1 from course_trainee vs join practitioner vq on vq.id = vs.practitioner_id"
                + " where vs.run_id = r.id and vq.user_id = :visUser))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return scope.bind(statement).param("visSiteWide", siteWide).param("visUser", userId);
    }
}
