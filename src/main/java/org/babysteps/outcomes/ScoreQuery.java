package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.Set;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/**
 * Which completed scores to read. Always further limited to the caller's sites, in SQL.
 *
 * @param site           one site, or null for every site the caller may see
 * @param families       only these families (e.g. one group's), or null for all
 * @param instrumentCode the instrument
 * @param timePoints     the time points wanted, e.g. baseline and end-of-programme
 * @param completedFrom  earliest completion day of the scores, inclusive; null for no limit
 * @param completedTo    latest completion day, inclusive; null for no limit
 */
public record ScoreQuery(SiteId site, Set<FamilyId> families, String instrumentCode, Set<String> timePoints,
                         LocalDate completedFrom, LocalDate completedTo) {

    public ScoreQuery {
        families = families == null ? null : Set.copyOf(families);
        timePoints = Set.copyOf(timePoints);
    }
}
