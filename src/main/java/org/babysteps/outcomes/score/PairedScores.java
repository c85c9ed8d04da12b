package org.babysteps.outcomes.score;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;

/**
 * What pairing one instrument's scores for a period gives.
 *
 * <p>The rules: a pair belongs to the period when its later score was completed in it; of several later scores in
 * the period the latest stands; its baseline is the parent's latest baseline completed on or before the later
 * score's day; a later score without such a baseline shows no change and is left out. A parent with a baseline and
 * no later score at all by the end of the period is awaiting one. Days are London days.
 *
 * @param pairs    one per parent with a pair in the period
 * @param awaiting parents with a baseline and no later score by the end of the period, counted by site and role
 */
public record PairedScores(List<ScorePair> pairs, List<AwaitingLater> awaiting) {

    public PairedScores {
        pairs = List.copyOf(pairs);
        awaiting = List.copyOf(awaiting);
    }

    /** The sites whose scores gave a pair (either score's) or a parent awaiting a later score. */
    public Set<SiteId> sites() {
        Set<SiteId> sites = new HashSet<>();
        pairs.forEach(pair -> {
            sites.add(pair.site());
            sites.add(pair.baselineSite());
        });
        awaiting.forEach(parents -> sites.add(parents.site()));
        return sites;
    }

    /** Pairs scores by the rules above, in the database. */
    @FunctionalInterface
    public interface Reader {

        /**
         * @param query its site, families and instrument say whose scores; its time points and completion days are
         *              ignored, as the comparison and the period decide them
         * @param from  first day of the period, or null for no limit
         * @param to    last day of the period
         */
        PairedScores pair(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to);
    }
}
