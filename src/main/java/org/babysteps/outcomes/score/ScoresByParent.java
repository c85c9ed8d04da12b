package org.babysteps.outcomes.score;

import java.util.function.Consumer;
import org.babysteps.outcomes.ScoreQuery;

/**
 * Completed scores handed over one parent at a time, as PostgreSQL streams them from an index in parent order: a
 * national analysis then never holds a million scores at once, only what it makes of each parent's few.
 */
@FunctionalInterface
public interface ScoresByParent {

    /** Every parent with scores matching the query, in no particular order of parents. */
    void forEachParent(ScoreQuery query, Consumer<ParentScores> parent);
}
