package org.babysteps.workforce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of a run as shown: its dates, and when its register was saved and by whom (null until then).
 *
 * @param registerVersion how many times its register was saved; a save must be built on the current one
 */
public record CourseEventView(int number, String title, LocalDate startsOn, LocalDate endsOn, Instant registerSavedAt,
                              String registerSavedBy, int registerVersion) {

    public CourseEventView(int number, String title, LocalDate startsOn, LocalDate endsOn, Instant registerSavedAt,
                           String registerSavedBy) {
        this(number, title, startsOn, endsOn, registerSavedAt, registerSavedBy, 0);
    }

    public boolean registerSaved() {
        return registerSavedAt != null;
    }

    /** "14 to 15 January 2027", or one day. */
    public boolean oneDay() {
        return startsOn.equals(endsOn);
    }
}
