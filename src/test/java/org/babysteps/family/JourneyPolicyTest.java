package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.babysteps.family.JourneyStage.COMPLETED;
import static org.babysteps.family.JourneyStage.CONTACTED;
import static org.babysteps.family.JourneyStage.DECLINED;
import static org.babysteps.family.JourneyStage.ENROLLED;
import static org.babysteps.family.JourneyStage.FIRST_VISIT_DONE;
import static org.babysteps.family.JourneyStage.MOVED_AWAY;
import static org.babysteps.family.JourneyStage.NOT_ELIGIBLE;
import static org.babysteps.family.JourneyStage.REFERRED;
import static org.babysteps.family.JourneyStage.WITHDRAWN;

import org.babysteps.family.internal.JourneyPolicy;
import org.babysteps.family.internal.JourneyPolicy.Outcome;
import org.junit.jupiter.api.Test;

/** Which moves along a family's journey staff may record, and which delivery's records make. */
class JourneyPolicyTest {

    private final JourneyPolicy policy = new JourneyPolicy();

    @Test
    void aReferredFamilyCanBeContactedOrClosed() {
        assertThat(policy.manualSteps(REFERRED, false))
                .containsExactly(CONTACTED, DECLINED, NOT_ELIGIBLE, WITHDRAWN, MOVED_AWAY);
    }

    @Test
    void anyOpenStageCanBeClosedButContactedOnlyFollowsReferred() {
        for (JourneyStage open : new JourneyStage[] {CONTACTED, FIRST_VISIT_DONE, ENROLLED}) {
            assertThat(policy.manualSteps(open, false)).as(open.name())
                    .containsExactly(DECLINED, NOT_ELIGIBLE, WITHDRAWN, MOVED_AWAY);
        }
    }

    @Test
    void staffNeverRecordVisitsEnrolmentOrCompletionByHand() {
        for (JourneyStage from : JourneyStage.values()) {
            assertThat(policy.manualSteps(from, true)).doesNotContain(FIRST_VISIT_DONE, ENROLLED, COMPLETED);
        }
    }

    @Test
    void aClosedFamilyStaysClosedForFacilitators() {
        for (JourneyStage closed : new JourneyStage[] {COMPLETED, DECLINED, NOT_ELIGIBLE, WITHDRAWN, MOVED_AWAY}) {
            assertThat(policy.manualSteps(closed, false)).as(closed.name()).isEmpty();
        }
    }

    @Test
    void aSiteLeadCanReopenOnlyADeclinedOrWithdrawnFamily() {
        assertThat(policy.manualSteps(DECLINED, true)).containsExactly(REFERRED);
        assertThat(policy.manualSteps(WITHDRAWN, true)).containsExactly(REFERRED);
        assertThat(policy.manualSteps(NOT_ELIGIBLE, true)).isEmpty();
        assertThat(policy.manualSteps(MOVED_AWAY, true)).isEmpty();
        assertThat(policy.manualSteps(COMPLETED, true)).isEmpty();
        assertThat(policy.allowsManualStep(REFERRED, REFERRED, true)).isFalse();
    }

    @Test
    void closingAndReopeningNeedAReasonButContactingDoesNot() {
        assertThat(policy.needsReason(CONTACTED)).isFalse();
        assertThat(policy.needsReason(DECLINED)).isTrue();
        assertThat(policy.needsReason(MOVED_AWAY)).isTrue();
        assertThat(policy.needsReason(REFERRED)).isTrue();
    }

    @Test
    void deliveryMovesAFamilyForwardsEvenPastSkippedStages() {
        assertThat(policy.reach(REFERRED, FIRST_VISIT_DONE)).isEqualTo(Outcome.MOVE);
        assertThat(policy.reach(CONTACTED, ENROLLED)).isEqualTo(Outcome.MOVE);
        assertThat(policy.reach(ENROLLED, COMPLETED)).isEqualTo(Outcome.MOVE);
    }

    @Test
    void deliveryNeverMovesAFamilyBackwards() {
        assertThat(policy.reach(ENROLLED, FIRST_VISIT_DONE)).isEqualTo(Outcome.ALREADY_THERE_OR_FURTHER);
        assertThat(policy.reach(ENROLLED, ENROLLED)).isEqualTo(Outcome.ALREADY_THERE_OR_FURTHER);
        assertThat(policy.reach(COMPLETED, COMPLETED)).isEqualTo(Outcome.ALREADY_THERE_OR_FURTHER);
        assertThat(policy.reach(COMPLETED, ENROLLED)).isEqualTo(Outcome.CLOSED);
    }

    @Test
    void deliveryNeverMovesAFamilyOutOfAClosedStage() {
        assertThat(policy.reach(WITHDRAWN, ENROLLED)).isEqualTo(Outcome.CLOSED);
        assertThat(policy.reach(DECLINED, FIRST_VISIT_DONE)).isEqualTo(Outcome.CLOSED);
        assertThat(policy.reach(MOVED_AWAY, COMPLETED)).isEqualTo(Outcome.CLOSED);
    }

    @Test
    void deliveryCannotRecordAStageStaffRecord() {
        assertThatThrownBy(() -> policy.reach(REFERRED, CONTACTED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.reach(ENROLLED, WITHDRAWN)).isInstanceOf(IllegalArgumentException.class);
    }
}
