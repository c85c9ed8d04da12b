package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;

/** Who joined and left in a period, and how many were in post on its first and last day. */
public record TurnoverCount(int joiners, int leavers, int headcountAtStart, int headcountAtEnd) {

    /** Counts from the practitioners' dates; a leaving date is their first day no longer in post. */
    public static TurnoverCount of(List<Practitioner> practitioners, LocalDate from, LocalDate to) {
        int joiners = 0;
        int leavers = 0;
        int atStart = 0;
        int atEnd = 0;
        for (Practitioner p : practitioners) {
            joiners += !p.startedOn().isBefore(from) && !p.startedOn().isAfter(to) ? 1 : 0;
            leavers += p.leftOn() != null && !p.leftOn().isBefore(from) && !p.leftOn().isAfter(to) ? 1 : 0;
            atStart += p.inPostOn(from) ? 1 : 0;
            atEnd += p.inPostOn(to) ? 1 : 0;
        }
        return new TurnoverCount(joiners, leavers, atStart, atEnd);
    }
}
