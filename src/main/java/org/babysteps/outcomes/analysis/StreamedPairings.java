package org.babysteps.outcomes.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * A parent's place in a full read, in PostgreSQL's order: the time, then the id's bytes unsigned (UUID.compareTo
     * compares them signed). Plain numbers, as hundreds of thousands of these are sorted for a national page.
     */
    private record Ranked(long seconds, int nanos, long idHigh, long idLow, Pairing own) implements Comparable<Ranked> {

        Ranked(Instant firstAt, UUID firstId, Pairing own) {
            this(firstAt.getEpochSecond(), firstAt.getNano(), firstId.getMostSignificantBits(),
                    firstId.getLeastSignificantBits(), own);
        }

        @Override
        public int compareTo(Ranked other) {
            int order = Long.compare(seconds, other.seconds);
            order = order != 0 ? order : Integer.compare(nanos, other.nanos);
            order = order != 0 ? order : Long.compareUnsigned(idHigh, other.idHigh);
            return order != 0 ? order : Long.compareUnsigned(idLow, other.idLow);
        }
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
        Collections.sort(parents);
        List<Pair> pairs = new ArrayList<>();
        List<CompletedScore> withoutLater = new ArrayList<>();
        for (Ranked parent : parents) {
            pairs.addAll(parent.own().pairs());
            withoutLater.addAll(parent.own().withoutLaterScore());
        }
        return new PairedRead(new Pairing(pairs, withoutLater), sites);
    }
}
