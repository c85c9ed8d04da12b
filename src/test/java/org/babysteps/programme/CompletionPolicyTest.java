package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionPolicyTest {

    private final CompletionPolicy babySteps =
            new CompletionPolicy(new CompletionRule(Set.of("antenatal-visit", "postnatal-visit"), 6));

    @Test
    void bothVisitsAndExactlyTheMinimumOfSessionsIsComplete() {
        assertThat(babySteps.isComplete(Set.of("antenatal-visit", "postnatal-visit"), 6)).isTrue();
    }

    @Test
    void oneSessionShortIsNotComplete() {
        CompletionProgress progress = babySteps.progress(Set.of("antenatal-visit", "postnatal-visit"), 5);

        assertThat(progress.complete()).isFalse();
        assertThat(progress.sessionsStillNeeded()).isEqualTo(1);
        assertThat(progress.missingVisitCodes()).isEmpty();
    }

    @Test
    void allNineSessionsWithoutThePostnatalVisitIsNotComplete() {
        CompletionProgress progress = babySteps.progress(Set.of("antenatal-visit"), 9);

        assertThat(progress.complete()).isFalse();
        assertThat(progress.missingVisitCodes()).containsExactly("postnatal-visit");
        assertThat(progress.sessionsStillNeeded()).isZero();
    }

    @Test
    void aFamilyJustReferredHasEverythingStillToDo() {
        CompletionProgress progress = babySteps.progress(Set.of(), 0);

        assertThat(progress).isEqualTo(new CompletionProgress(0, 6, Set.of("antenatal-visit", "postnatal-visit"), false));
        assertThat(progress.missingVisitCodes()).containsExactly("antenatal-visit", "postnatal-visit");
    }

    @Test
    void visitsOutsideTheRuleNeitherHelpNorHurt() {
        assertThat(babySteps.isComplete(Set.of("antenatal-visit", "postnatal-visit", "extra-visit"), 7)).isTrue();
        assertThat(babySteps.isComplete(Set.of("extra-visit", "another-visit"), 9)).isFalse();
    }

    @Test
    void aRuleWithoutRequiredVisitsCountsSessionsOnly() {
        CompletionPolicy sessionsOnly = new CompletionPolicy(new CompletionRule(Set.of(), 3));

        assertThat(sessionsOnly.isComplete(Set.of(), 3)).isTrue();
        assertThat(sessionsOnly.isComplete(Set.of(), 2)).isFalse();
    }

    @Test
    void negativeAttendanceIsAProgrammingErrorNotAnAnswer() {
        assertThatThrownBy(() -> babySteps.progress(Set.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
