package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.OutcomeComparison;

/**
 * Pairs each parent's baseline with their later score of one instrument, for a period: pure, so the rules are
 * tested without a database. A pair belongs to the period when its later score was completed in it.
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
    }

    /** The same parent of the same family answering the same instrument. */
    private record Participant(FamilyId family, UUID participantId, String instrumentCode) {
    }

    private static final Comparator<CompletedScore> BY_COMPLETION = Comparator.comparing(CompletedScore::completedOn);

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
        for (List<CompletedScore> own : byParticipant.values()) {
            List<CompletedScore> baselines = at(own, comparison.baseline());
            List<CompletedScore> laters = at(own, comparison.later());
            if (baselines.isEmpty()) {
                continue; // a later score alone shows no change
            }
            if (laters.isEmpty()) {
                withoutLater.add(latest(baselines.stream()).orElseThrow());
                continue;
            }
            // several later scores (a repeat): the latest in the period stands; one only before it is an earlier period's
            Optional<CompletedScore> later = latest(laters.stream()
                    .filter(score -> from == null || !score.completedOn().isBefore(from)));
            later.flatMap(chosen -> latest(baselines.stream()
                            .filter(baseline -> !baseline.completedOn().isAfter(chosen.completedOn())))
                            .map(baseline -> new Pair(baseline, chosen)))
                    .ifPresent(pairs::add);
        }
        return new Pairing(pairs, withoutLater);
    }

    /** The last completed; on the same day the later in the list, which comes oldest first. */
    private static Optional<CompletedScore> latest(Stream<CompletedScore> scores) {
        return scores.reduce((earlier, next) -> BY_COMPLETION.compare(earlier, next) > 0 ? earlier : next);
    }

    private static List<CompletedScore> at(List<CompletedScore> scores, String timePoint) {
        return scores.stream().filter(score -> score.timePoint().equals(timePoint)).toList();
    }
}
