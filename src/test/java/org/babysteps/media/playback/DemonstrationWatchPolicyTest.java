package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.babysteps.identity.Role;
import org.babysteps.media.playback.DemonstrationWatchPolicy.Decision;
import org.babysteps.workforce.TrainingState;
import org.junit.jupiter.api.Test;

class DemonstrationWatchPolicyTest {

    private final DemonstrationWatchPolicy policy = new DemonstrationWatchPolicy();

    @Test
    void licensorStaffWatchWithoutAnyTrainingRecord() {
        assertThat(policy.decide(Set.of(Role.LICENSOR_ADMIN), unasked())).isEqualTo(Decision.WATCH);
        assertThat(policy.decide(Set.of(Role.PROGRAMME_MANAGER), unasked())).isEqualTo(Decision.WATCH);
    }

    @Test
    void aFacilitatorOrSiteLeadWatchesWhileTheirTrainingCountsIncludingWithARefresherDue() {
        for (Role role : EnumSet.of(Role.FACILITATOR, Role.SITE_LEAD)) {
            assertThat(policy.decide(Set.of(role), () -> TrainingState.TRAINED)).isEqualTo(Decision.WATCH);
            assertThat(policy.decide(Set.of(role), () -> TrainingState.EXPIRING_SOON)).isEqualTo(Decision.WATCH);
        }
    }

    @Test
    void aFacilitatorOrSiteLeadNotTrainedOrWithExpiredTrainingWatchesOnlyAfterTraining() {
        for (Role role : EnumSet.of(Role.FACILITATOR, Role.SITE_LEAD)) {
            assertThat(policy.decide(Set.of(role), () -> TrainingState.NOT_TRAINED)).isEqualTo(Decision.AFTER_TRAINING);
            assertThat(policy.decide(Set.of(role), () -> TrainingState.EXPIRED)).isEqualTo(Decision.AFTER_TRAINING);
        }
    }

    @Test
    void commissionersAndEvaluatorsFindNothingWhateverElseTheyAre() {
        assertThat(policy.decide(Set.of(Role.COMMISSIONER), unasked())).isEqualTo(Decision.NONE);
        assertThat(policy.decide(Set.of(Role.EVALUATOR), unasked())).isEqualTo(Decision.NONE);
        assertThat(policy.decide(Set.of(Role.EVALUATOR, Role.FACILITATOR), unasked())).isEqualTo(Decision.NONE);
        assertThat(policy.decide(Set.of(Role.COMMISSIONER, Role.PROGRAMME_MANAGER), unasked())).isEqualTo(Decision.NONE);
    }

    @Test
    void aTrainerAloneFindsNothing() {
        assertThat(policy.decide(Set.of(Role.TRAINER), unasked())).isEqualTo(Decision.NONE);
    }

    @Test
    void onlyLicensorStaffManageTheFilms() {
        assertThat(policy.manages(Set.of(Role.LICENSOR_ADMIN))).isTrue();
        assertThat(policy.manages(Set.of(Role.PROGRAMME_MANAGER))).isTrue();
        assertThat(policy.manages(Set.of(Role.SITE_LEAD))).isFalse();
        assertThat(policy.manages(Set.of(Role.FACILITATOR))).isFalse();
        assertThat(policy.manages(Set.of(Role.PROGRAMME_MANAGER, Role.EVALUATOR))).isFalse();
    }

    /** Training that must not be looked up for this decision. */
    private static Supplier<TrainingState> unasked() {
        return () -> {
            throw new AssertionError("training was asked for a decision that does not depend on it");
        };
    }
}
