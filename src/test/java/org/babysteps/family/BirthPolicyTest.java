package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.family.internal.BirthPolicy;
import org.junit.jupiter.api.Test;

/** A recorded birth must be possible: after the referral, not in the future, plausible gestation and weight. */
class BirthPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
    private static final LocalDate REFERRED = LocalDate.of(2027, 1, 10);
    private final BirthPolicy policy = new BirthPolicy();

    @Test
    void aTypicalBirthIsAccepted() {
        assertThat(problems(new BirthDetails(TODAY.minusDays(3), 39, 2, 3400, DeliveryMode.SPONTANEOUS_VAGINAL, null))).isEmpty();
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        assertThat(problems(new BirthDetails(REFERRED, 22, 0, 300, DeliveryMode.EMERGENCY_CAESAREAN, "Bo"))).isEmpty();
        assertThat(problems(new BirthDetails(TODAY, 44, 6, 6500, DeliveryMode.PLANNED_CAESAREAN, null))).isEmpty();
    }

    @Test
    void aBirthBeforeTheReferralOrInTheFutureIsRefused() {
        assertThat(messages(new BirthDetails(REFERRED.minusDays(1), 39, 0, 3400, DeliveryMode.ASSISTED_VAGINAL, null)))
                .containsExactly("The baby's date of birth must be on or after the referral date, 10 January 2027");
        assertThat(messages(new BirthDetails(TODAY.plusDays(1), 39, 0, 3400, DeliveryMode.ASSISTED_VAGINAL, null)))
                .containsExactly("The baby's date of birth must be today or in the past");
    }

    @Test
    void implausibleGestationAndWeightAreRefused() {
        assertThat(problems(new BirthDetails(TODAY, 21, 7, 299, null, null)).stream().map(FieldProblem::field))
                .containsExactly("gestationWeeks", "gestationDays", "birthWeightGrams", "deliveryMode");
        assertThat(problems(new BirthDetails(TODAY, 45, -1, 6501, DeliveryMode.SPONTANEOUS_VAGINAL, null))).hasSize(3);
    }

    private List<FieldProblem> problems(BirthDetails birth) {
        return policy.problems(birth, REFERRED, TODAY);
    }

    private List<String> messages(BirthDetails birth) {
        return problems(birth).stream().map(FieldProblem::message).toList();
    }
}
