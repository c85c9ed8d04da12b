package org.babysteps.delivery;

/**
 * A site's group delivery over a period, counted by date of session. Counts only.
 *
 * @param groupsRun          groups with at least one session delivered in the period
 * @param sessionsScheduled  sessions dated in the period, whatever became of them (delivered, cancelled, pending)
 * @param attendanceMarks    register lines (one per parent or supporter per session) of the delivered sessions
 * @param present            of those, marked present
 * @param familiesStarted    families whose first session attended falls in the period
 */
public record DeliveryCounts(int groupsRun, int sessionsScheduled, int sessionsCancelled, int sessionsDelivered,
                             long attendanceMarks, long present, long familiesStarted) {

    /** Present / marked over the delivered sessions, 0..1; null when no register was saved. */
    public Double attendanceRate() {
        return attendanceMarks == 0 ? null : (double) present / attendanceMarks;
    }
}
