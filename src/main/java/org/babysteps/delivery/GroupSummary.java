package org.babysteps.delivery;

import java.time.LocalDate;

/**
 * A group at a glance: how full it is and how faithfully it is being delivered.
 *
 * @param sessionsDue      planned sessions whose date has passed without a saved register
 * @param coFacilitated    delivered sessions that met the co-facilitation rule without an exception
 * @param attendanceRate   present / expected parent places over delivered sessions, 0..1, null before any
 * @param completionRate   completed / enrolled-or-completed families, 0..1, null while none has finished
 */
public record GroupSummary(GroupId id, String name, String venueName, boolean online, LocalDate startDate,
                           int capacity, int enrolled, int waiting, int sessionsPlanned, int sessionsDelivered,
                           int sessionsDue, int coFacilitated, int exceptions, Double attendanceRate,
                           Double completionRate) {

    public boolean finished() {
        return sessionsDelivered + sessionsDue >= sessionsPlanned && sessionsPlanned > 0 && sessionsDue == 0;
    }
}
