package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;

/**
 * A supervision session as the caller may see it. {@code topics} is null unless the caller was in the session or
 * leads its site: the query leaves it out, so it never reaches anyone else.
 */
public record SupervisionSession(SupervisionSessionId id, SiteId siteId, SupervisionPerson supervisor,
                                 List<SupervisionPerson> supervisees, LocalDate heldOn, int durationMinutes,
                                 SupervisionFormat format, String topics, boolean topicsVisible) {

    public SupervisionSession {
        supervisees = List.copyOf(supervisees);
    }
}
