package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.analysis.InMemoryCompletedScores.Parent;
import org.babysteps.outcomes.analysis.ScorePairing.Pair;
import org.babysteps.outcomes.analysis.ScorePairing.Pairing;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

class ScorePairingTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final OutcomeComparison END = OutcomeComparison.TO_END_OF_PROGRAMME;
    private final Parent mother = Parent.birthParent(new SiteId(UUID.randomUUID()));

    private static Pairing pair(CompletedScore... scores) {
        return ScorePairing.pair(List.of(scores), END, FROM, TO);
    }

    @Test
    void pairsABaselineWithTheLaterScoreCompletedInThePeriod() {
        CompletedScore baseline = mother.score("epds", "baseline", 15, LocalDate.of(2026, 1, 10));
        CompletedScore end = mother.score("epds", "end-of-programme", 9, LocalDate.of(2026, 5, 2));

        Pairing pairing = pair(baseline, end);

        assertThat(pairing.pairs()).containsExactly(new Pair(baseline, end));
        assertThat(pairing.withoutLaterScore()).isEmpty();
    }

    @Test
    void takesTheLatestLaterScoreInThePeriodWhenThereAreSeveral() {
        CompletedScore baseline = mother.score("epds", "baseline", 15, LocalDate.of(2026, 1, 10));
        CompletedScore first = mother.score("epds", "end-of-programme", 12, LocalDate.of(2026, 4, 20));
        CompletedScore latest = mother.score("epds", "end-of-programme", 8, LocalDate.of(2026, 6, 1));
        CompletedScore afterThePeriod = mother.score("epds", "end-of-programme", 3, LocalDate.of(2026, 7, 3));

        assertThat(pair(baseline, latest, first, afterThePeriod).pairs()).containsExactly(new Pair(baseline, latest));
    }

    @Test
    void takesTheLatestBaselineCompletedBeforeTheLaterScore() {
        CompletedScore old = mother.score("epds", "baseline", 20, LocalDate.of(2025, 11, 1));
        CompletedScore redone = mother.score("epds", "baseline", 17, LocalDate.of(2026, 1, 5));
        CompletedScore end = mother.score("epds", "end-of-programme", 9, LocalDate.of(2026, 5, 2));

        assertThat(pair(old, redone, end).pairs()).containsExactly(new Pair(redone, end));
    }

    @Test
    void neverPairsTwoDifferentParentsOfOneFamily() {
        Parent partner = mother.partner();
        CompletedScore motherBaseline = mother.score("epds", "baseline", 15, LocalDate.of(2026, 1, 10));
        CompletedScore partnerEnd = partner.score("epds", "end-of-programme", 5, LocalDate.of(2026, 5, 2));

        Pairing pairing = pair(motherBaseline, partnerEnd);

        assertThat(pairing.pairs()).isEmpty();
        assertThat(pairing.withoutLaterScore()).containsExactly(motherBaseline);
    }

    @Test
    void countsABaselineWithNoLaterScoreByTheEndOfThePeriodAsWithoutLaterScore() {
        CompletedScore baseline = mother.score("epds", "baseline", 15, LocalDate.of(2026, 1, 10));
        CompletedScore tooLate = mother.score("epds", "end-of-programme", 9, LocalDate.of(2026, 7, 2));

        Pairing pairing = pair(baseline, tooLate);

        assertThat(pairing.pairs()).isEmpty();
        assertThat(pairing.withoutLaterScore()).containsExactly(baseline);
    }

    @Test
    void leavesAPairCompletedBeforeThePeriodToThatEarlierPeriod() {
        CompletedScore baseline = mother.score("epds", "baseline", 15, LocalDate.of(2025, 10, 10));
        CompletedScore earlier = mother.score("epds", "end-of-programme", 9, LocalDate.of(2026, 2, 2));

        Pairing pairing = pair(baseline, earlier);

        assertThat(pairing.pairs()).isEmpty();
        assertThat(pairing.withoutLaterScore()).isEmpty();
    }

    @Test
    void ignoresALaterScoreWithoutABaselineAndScoresOfOtherTimePoints() {
        CompletedScore end = mother.score("epds", "end-of-programme", 9, LocalDate.of(2026, 5, 2));
        CompletedScore midway = mother.score("epds", "end-of-antenatal", 12, LocalDate.of(2026, 4, 2));

        Pairing pairing = pair(end, midway);

        assertThat(pairing.pairs()).isEmpty();
        assertThat(pairing.withoutLaterScore()).isEmpty();
    }

    @Test
    void aBaselineCompletedAfterTheOnlyLaterScoreMakesNoPair() {
        CompletedScore end = mother.score("epds", "end-of-programme", 9, LocalDate.of(2026, 5, 2));
        CompletedScore baseline = mother.score("epds", "baseline", 15, LocalDate.of(2026, 5, 20));

        assertThat(pair(end, baseline).pairs()).isEmpty();
    }
}
