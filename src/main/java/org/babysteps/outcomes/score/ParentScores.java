package org.babysteps.outcomes.score;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.babysteps.outcomes.CompletedScore;

/**
 * One parent's scores of a query (one family member, one instrument), oldest first, with when and which the first
 * of them was: what places this parent among all parents read oldest first.
 */
public record ParentScores(List<CompletedScore> scores, Instant firstCompletedAt, UUID firstResponseId) {

    public ParentScores {
        scores = List.copyOf(scores);
    }
}
