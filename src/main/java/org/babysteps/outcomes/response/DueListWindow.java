package org.babysteps.outcomes.response;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.programme.TimePoint;

/**
 * How far back the facilitator's due list looks for groups: a group stays on it until its programme's latest time
 * point (its weeks after the contact; contacts fall on or before the last session) plus a grace period to chase it
 * has passed since its last session. Items done meanwhile drop off by themselves; this only bounds the search.
 */
final class DueListWindow {

    /** How long an undone questionnaire stays listed after it fell due: time to chase it before it is given up. */
    static final int GRACE_WEEKS = 12;

    private DueListWindow() {
    }

    /** The earliest last-session date of a group still looked at today. */
    static LocalDate lastSessionOnOrAfter(List<TimePoint> timePoints, LocalDate today) {
        int latest = timePoints.stream().mapToInt(TimePoint::weeksAfterContact).max().orElse(0);
        return today.minusWeeks(latest + GRACE_WEEKS);
    }
}
