package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;

/**
 * A course run to plan: which course, for which site (null for a national run open to every site), where, and
 * the first day of each event in order (each lasts as many days as the course says).
 */
public record NewCourseRun(String courseCode, SiteId siteId, String venue, boolean online,
                           List<LocalDate> eventFirstDays) {

    public NewCourseRun {
        eventFirstDays = eventFirstDays == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(eventFirstDays));
    }
}
