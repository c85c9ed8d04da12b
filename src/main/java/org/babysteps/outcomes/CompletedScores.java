package org.babysteps.outcomes;

import java.util.List;

/** Completed questionnaire totals for analysis and reports: counts and totals only, scoped to the caller's sites. */
public interface CompletedScores {

    /** Completed responses with a total (not those that could not be scored), oldest first. */
    List<CompletedScore> find(ScoreQuery query);
}
