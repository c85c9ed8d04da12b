package org.babysteps.outcomes.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.analysis.ScorePairing.Pair;
import org.babysteps.outcomes.analysis.ScorePairing.Pairing;
import org.babysteps.outcomes.score.ScoresByParent;
import org.babysteps.platform.SiteId;

/**
 * Pairs scores parent by parent as they stream in, with the same {@link ScorePairing} rules (they only ever look at
 * one parent's scores), keeping what each parent gives and not their scores: a national read holds a few hundred
 * thousand pairs instead of a million scores. The pairs then go back into the order a full read oldest first gives
 * them (by each parent's first score), so every sum in the statistics adds up in the same order as before.
 */
final class StreamedPairings implements Pairings {

    /** PostgreSQL's order: the time, then the id's bytes unsigned (UUID.compareTo compares them signed). */
    private static final Comparator<Ranked> FIRST_READ = Comparator.comparing(Ranked::firstAt)
            .thenComparing(Ranked::firstId, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            });

    private record Ranked(Instant firstAt, UUID firstId, Pairing own) {
    }

    private final ScoresByParent scores;

    StreamedPairings(ScoresByParent scores) {
        this.scores = scores;
    }

    @Override
    public PairedRead read(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        List<Ranked> parents = new ArrayList<>();
        Set<SiteId> sites = new HashSet<>();
        scores.forEachParent(query, parent -> {
            parent.scores().forEach(score -> sites.add(score.site()));
            Pairing own = ScorePairing.pair(parent.scores(), comparison, from, to);
            if (!own.pairs().isEmpty() || !own.withoutLaterScore().isEmpty()) {
                parents.add(new Ranked(parent.firstCompletedAt(), parent.firstResponseId(), own));
            }
        });
        parents.sort(FIRST_READ);
        List<Pair> pairs = new ArrayList<>();
        List<CompletedScore> withoutLater = new ArrayList<>();
        for (Ranked parent : parents) {
            pairs.addAll(parent.own().pairs());
            withoutLater.addAll(parent.own().withoutLaterScore());
        }
        return new PairedRead(new Pairing(pairs, withoutLater), sites);
    }
}
