package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;

/** Completed questionnaires of a site for an evaluator's de-identified data set, limited to the caller's sites in SQL. */
public interface EvaluationResponses {

    /**
     * Every completed response, up to the end of the period, of each parent of the site who completed at least one
     * questionnaire from..to (both included, days in Europe/London): so a parent's baseline before the period comes
     * with their end-of-programme score in it, and pairs can be built. Later responses are left out, so the data set
     * of a past period does not grow. Ordered by completion.
     */
    List<EvaluationResponse> ofParentsActiveBetween(SiteId site, LocalDate from, LocalDate to);
}
