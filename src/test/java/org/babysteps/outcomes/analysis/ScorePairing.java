package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.score.AwaitingLater;
import org.babysteps.outcomes.score.PairedScores;
import org.babysteps.outcomes.score.ScorePair;

/**
 * The pairing rules of {@link PairedScores} in plain Java, as a reference: the database pairs scores in production
 * ({@code PairingSql}), and tests check it against this. Pairs each parent's baseline with their later score of one
 * instrument, for a period; pure, so the rules are tested without a database.
 */
final class ScorePairing {

    /** One parent's two scores; both are the same participant's. */
    record Pair(CompletedScore baseline, CompletedScore later) {
    }

    /**
     * @param pairs             parents with a baseline and a later score completed in the period
     * @param withoutLaterScore parents' latest baselines, for those with no later score by the end of the period
     */
    record Pairing(List<Pair> pairs, List<CompletedScore> withoutLaterScore) {

        /** As the database gives it: plain numbers per pair, and parents awaiting a later score counted. */
        PairedScores asPairedScores() {
            Map<AwaitingLater, Integer> awaiting = new LinkedHashMap<>();
            withoutLaterScore.forEach(baseline -> awaiting.merge(
                    new AwaitingLater(baseline.site(), baseline.role(), 0), 1, Integer::sum));
            return new PairedScores(pairs.stream().map(pair -> new ScorePair(pair.later().site(),
                    pair.baseline().site(), pair.baseline().role(), pair.baseline().total(), pair.later().total(),
                    pair.later().instrumentVersion())).toList(),
                    awaiting.entrySet().stream().map(entry -> new AwaitingLater(entry.getKey().site(),
                            entry.getKey().role(), entry.getValue())).toList());
        }
    }

    /** The same parent of the same family answering the same instrument. */
    private record Participant(FamilyId family, UUID participantId, String instrumentCode) {
    }

    private ScorePairing() {
    }

    /**
     * @param scores scores of one instrument at the comparison's time points, completed up to {@code to}; scores of
     *               other time points or completed after {@code to} are ignored
     * @param from   first day of the period, or null for no limit
     * @param to     last day of the period
     */
    static Pairing pair(List<CompletedScore> scores, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        Map<Participant, List<CompletedScore>> byParticipant = new LinkedHashMap<>();
        for (CompletedScore score : scores) {
            if (!score.completedOn().isAfter(to)) {
                byParticipant.computeIfAbsent(new Participant(score.family(), score.participantId(), score.instrumentCode()),
                        key -> new ArrayList<>()).add(score);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<CompletedScore> withoutLater = new ArrayList<>();
        // plain loops, not streams: this runs once per parent, half a million times for a national page
        for (List<CompletedScore> own : byParticipant.values()) {
            CompletedScore latestBaseline = null;
            CompletedScore later = null;
            boolean anyLater = false;
            for (CompletedScore score : own) {
                if (score.timePoint().equals(comparison.baseline())) {
                    latestBaseline = latest(latestBaseline, score);
                } else if (score.timePoint().equals(comparison.later())) {
                    anyLater = true;
                    // several later scores (a repeat): the latest in the period stands; one only before it is an earlier period's
                    if (from == null || !score.completedOn().isBefore(from)) {
                        later = latest(later, score);
                    }
                }
            }
            if (latestBaseline == null) {
                continue; // a later score alone shows no change
            }
            if (!anyLater) {
                withoutLater.add(latestBaseline);
                continue;
            }
            if (later == null) {
                continue;
            }
            CompletedScore baseline = null;
            for (CompletedScore score : own) {
                if (score.timePoint().equals(comparison.baseline()) && !score.completedOn().isAfter(later.completedOn())) {
                    baseline = latest(baseline, score);
                }
            }
            if (baseline != null) {
                pairs.add(new Pair(baseline, later));
            }
        }
        return new Pairing(pairs, withoutLater);
    }

    /** The last completed of the two; on the same day the next in the list, which comes oldest first. */
    private static CompletedScore latest(CompletedScore sofar, CompletedScore next) {
        return sofar == null || !sofar.completedOn().isAfter(next.completedOn()) ? next : sofar;
    }
}
