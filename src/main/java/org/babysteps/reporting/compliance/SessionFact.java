package org.babysteps.reporting.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * A delivered group session as the co-facilitation and training conditions see it.
 *
 * @param pairProblems          why the session missed the co-facilitation rule, empty when it met it
 * @param untrainedFacilitators facilitators in post on the day who were not trained in the programme then
 * @param exceptionReason       the exception a site lead recorded for it, if any
 */
public record SessionFact(LocalDate date, String groupName, int number, List<String> pairProblems,
                          List<String> untrainedFacilitators, String exceptionReason) {

    public SessionFact {
        pairProblems = List.copyOf(pairProblems);
        untrainedFacilitators = List.copyOf(untrainedFacilitators);
    }

    String where() {
        return org.babysteps.reporting.ReportingPeriod.day(date) + ", " + groupName + ", session " + number;
    }
}
