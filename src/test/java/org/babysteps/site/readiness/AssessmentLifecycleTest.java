package org.babysteps.site.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.ReadinessConditionRequest;
import org.babysteps.site.ReadinessOutcome;
import org.junit.jupiter.api.Test;

class AssessmentLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ReadinessConditionRequest CONDITION =
            new ReadinessConditionRequest("Sign the protocol", "Site lead", TODAY.plusMonths(2));

    @Test
    void aDraftIsSubmittedAndASubmittedOneDecided() {
        assertThat(AssessmentLifecycle.submit(AssessmentStatus.DRAFT)).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.READY, "All in place",
                TODAY, TODAY, List.of())).isEqualTo(AssessmentStatus.DECIDED);
    }

    @Test
    void onlyADraftCanBeChangedOrSubmitted() {
        assertThatThrownBy(() -> AssessmentLifecycle.requireDraft(AssessmentStatus.SUBMITTED))
                .hasMessageContaining("with the licensor for review");
        assertThatThrownBy(() -> AssessmentLifecycle.submit(AssessmentStatus.DECIDED))
                .hasMessageContaining("has been decided");
    }

    @Test
    void aDraftCannotBeDecidedOrReturnedAndADecidedOneCannotBeDecidedAgain() {
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.DRAFT, ReadinessOutcome.READY, "r", TODAY, TODAY, List.of()))
                .hasMessageContaining("not submitted");
        assertThatThrownBy(() -> AssessmentLifecycle.returnToSite(AssessmentStatus.DECIDED, "more please"))
                .hasMessageContaining("already been decided");
    }

    @Test
    void returningToTheSiteNeedsAComment() {
        assertThat(AssessmentLifecycle.returnToSite(AssessmentStatus.SUBMITTED, "Add the DPIA")).isEqualTo(AssessmentStatus.DRAFT);
        assertThatThrownBy(() -> AssessmentLifecycle.returnToSite(AssessmentStatus.SUBMITTED, "  "))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("comment");
    }

    @Test
    void aDecisionWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.NOT_YET, " ", TODAY, TODAY, List.of()))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, null, "r", TODAY, TODAY, List.of()))
                .extracting("field").isEqualTo("outcome");
    }

    @Test
    void readyWithConditionsNeedsAtLeastOneCompleteCondition() {
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.READY_WITH_CONDITIONS,
                "r", TODAY, TODAY, List.of())).extracting("field").isEqualTo("conditions");
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.READY_WITH_CONDITIONS,
                "r", TODAY, TODAY, List.of(new ReadinessConditionRequest("Do it", null, TODAY))))
                .hasMessageContaining("an owner");
        assertThat(AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.READY_WITH_CONDITIONS,
                "r", TODAY, TODAY, List.of(CONDITION))).isEqualTo(AssessmentStatus.DECIDED);
    }

    @Test
    void conditionsGoOnlyWithReadyWithConditionsAndDecisionsAreNotDatedInTheFuture() {
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.READY, "r", TODAY, TODAY,
                List.of(CONDITION))).extracting("field").isEqualTo("conditions");
        assertThatThrownBy(() -> AssessmentLifecycle.decide(AssessmentStatus.SUBMITTED, ReadinessOutcome.READY, "r",
                TODAY.plusDays(1), TODAY, List.of())).extracting("field").isEqualTo("decidedOn");
    }

    @Test
    void aSecondOpenAssessmentAndMarkingAConditionDoneTwiceAreRefused() {
        assertThatThrownBy(() -> AssessmentLifecycle.start(true)).hasMessageContaining("already has an assessment in progress");
        AssessmentLifecycle.start(false);
        assertThatThrownBy(() -> AssessmentLifecycle.markDone(true)).hasMessageContaining("already marked done");
    }
}
