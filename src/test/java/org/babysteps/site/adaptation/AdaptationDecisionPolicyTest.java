package org.babysteps.site.adaptation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.SiteChangeRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AdaptationDecisionPolicyTest {

    private final AdaptationDecisionPolicy policy = new AdaptationDecisionPolicy();

    @ParameterizedTest
    @EnumSource(value = AdaptationStatus.class, names = {"APPROVED", "DECLINED"})
    void aRequestAwaitingDecisionCanBeApprovedOrDeclinedWithReasoning(AdaptationStatus decision) {
        assertThatCode(() -> policy.checkDecision(AdaptationStatus.REQUESTED, decision, "Keeps the model", null))
                .doesNotThrowAnyException();
    }

    @Test
    void approvingWithConditionsNeedsTheConditions() {
        assertRejected(() -> policy.checkDecision(AdaptationStatus.REQUESTED, AdaptationStatus.APPROVED_WITH_CONDITIONS,
                "Reasoning", " "), "conditions", "Enter the conditions");
        assertThatCode(() -> policy.checkDecision(AdaptationStatus.REQUESTED, AdaptationStatus.APPROVED_WITH_CONDITIONS,
                "Reasoning", "Review after six months")).doesNotThrowAnyException();
    }

    @Test
    void everyDecisionNeedsReasoning() {
        assertRejected(() -> policy.checkDecision(AdaptationStatus.REQUESTED, AdaptationStatus.DECLINED, null, null),
                "reason", "Enter the reasoning");
    }

    @ParameterizedTest
    @EnumSource(value = AdaptationStatus.class, names = {"REQUESTED", "WITHDRAWN"})
    void onlyApproveApproveWithConditionsOrDeclineAreDecisions(AdaptationStatus notADecision) {
        assertRejected(() -> policy.checkDecision(AdaptationStatus.REQUESTED, notADecision, "Reasoning", null),
                "decision", "Select approve");
        assertRejected(() -> policy.checkDecision(AdaptationStatus.REQUESTED, null, "Reasoning", null),
                "decision", "Select approve");
    }

    @ParameterizedTest
    @EnumSource(value = AdaptationStatus.class, names = "REQUESTED", mode = EnumSource.Mode.EXCLUDE)
    void aClosedRequestCannotBeDecidedOrWithdrawnAgain(AdaptationStatus closed) {
        assertRejected(() -> policy.checkDecision(closed, AdaptationStatus.APPROVED, "Reasoning", null), null,
                "no longer awaiting a decision");
        assertRejected(() -> policy.checkWithdrawal(closed), null, "no longer awaiting a decision");
    }

    @Test
    void anEmptyDecisionHasEveryProblemAtOnceButAClosedRequestOnlyThatOne() {
        assertThat(policy.problems(AdaptationStatus.REQUESTED, null, " ", null))
                .extracting(SiteChangeRejectedException::field).containsExactly("decision", "reason");
        assertThat(policy.problems(AdaptationStatus.DECLINED, null, null, null))
                .extracting(SiteChangeRejectedException::getMessage).containsExactly(
                        "This request is no longer awaiting a decision: it is declined, and that cannot be changed");
    }

    @Test
    void aRequestAwaitingDecisionCanBeWithdrawn() {
        assertThatCode(() -> policy.checkWithdrawal(AdaptationStatus.REQUESTED)).doesNotThrowAnyException();
    }

    private static void assertRejected(Runnable check, String field, String message) {
        assertThatThrownBy(check::run).isInstanceOf(SiteChangeRejectedException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((SiteChangeRejectedException) e).field()).isEqualTo(field));
    }
}
