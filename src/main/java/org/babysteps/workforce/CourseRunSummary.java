package org.babysteps.workforce;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** A run as listed in the training calendar. */
public record CourseRunSummary(CourseRunId id, String courseTitle, CourseKind kind, SiteId siteId, String venue,
                               boolean online, LocalDate firstDay, LocalDate lastDay, int trainees, int maxTrainees,
                               int registersSaved, int events, boolean cancelled) {

    public boolean upcomingOn(LocalDate day) {
        return !lastDay.isBefore(day);
    }
}
