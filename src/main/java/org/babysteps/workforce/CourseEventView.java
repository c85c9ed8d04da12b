package org.babysteps.workforce;

import java.time.Instant;
import java.time.LocalDate;

/** One event of a run as shown: its dates, and when its register was saved and by whom (null until then). */
public record CourseEventView(int number, String title, LocalDate startsOn, LocalDate endsOn, Instant registerSavedAt,
                              String registerSavedBy) {

    public boolean registerSaved() {
        return registerSavedAt != null;
    }

    /** "14 to 15 January 2027", or one day. */
    public boolean oneDay() {
        return startsOn.equals(endsOn);
    }
}
