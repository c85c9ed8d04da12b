package org.babysteps.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.babysteps.family.internal.ReferralPolicy;
import org.junit.jupiter.api.Test;

/** Referrals with dates that cannot be true, or choices not on the programme's lists, are refused field by field. */
class ReferralPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private final ReferralPolicy policy = new ReferralPolicy(List.of("Midwife", "Self-referral"),
            List.of("First-time parent", "Social isolation"));

    @Test
    void aSensibleReferralHasNoProblems() {
        assertThat(policy.problems(referral(TODAY, TODAY.plusWeeks(20), parentBorn(LocalDate.of(1998, 3, 31))), TODAY))
                .isEmpty();
    }

    @Test
    void theExpectedDateOfDeliveryMustBeWithin42WeeksBeforeAnd44WeeksAfterTheReferral() {
        LocalDate referred = TODAY.minusDays(10);
        assertThat(fields(referral(referred, referred.minusWeeks(42), parentBorn(LocalDate.of(1998, 1, 1))))).isEmpty();
        assertThat(fields(referral(referred, referred.plusWeeks(44), parentBorn(LocalDate.of(1998, 1, 1))))).isEmpty();
        List<FieldProblem> tooEarly = policy.problems(
                referral(referred, referred.minusWeeks(42).minusDays(1), parentBorn(LocalDate.of(1998, 1, 1))), TODAY);
        assertThat(tooEarly).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("expectedDeliveryDate");
            assertThat(problem.message()).startsWith("Expected date of delivery must be between 17 March 2026 and 9 November 2027");
        });
        assertThat(fields(referral(referred, referred.plusWeeks(44).plusDays(1), parentBorn(LocalDate.of(1998, 1, 1)))))
                .containsExactly("expectedDeliveryDate");
    }

    @Test
    void aReferralDateInTheFutureIsRefused() {
        assertThat(policy.problems(referral(TODAY.plusDays(1), TODAY.plusWeeks(20), parentBorn(LocalDate.of(1998, 1, 1))), TODAY))
                .extracting(FieldProblem::message).containsExactly("Referral date must be today or in the past");
    }

    @Test
    void parentsMustBeBornAndAgedTenToSeventy() {
        assertThat(policy.problems(referral(TODAY, TODAY.plusWeeks(20), parentBorn(TODAY.plusDays(1))), TODAY))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parents[0].dateOfBirth",
                        "First parent's date of birth must be in the past"));
        assertThat(policy.problems(referral(TODAY, TODAY.plusWeeks(20), parentBorn(TODAY.minusYears(10).plusDays(1))), TODAY))
                .extracting(FieldProblem::message).containsExactly("First parent must be at least 10 years old on the referral date");
        assertThat(fields(referral(TODAY, TODAY.plusWeeks(20), parentBorn(TODAY.minusYears(10))))).isEmpty();
        assertThat(fields(referral(TODAY, TODAY.plusWeeks(20), parentBorn(TODAY.minusYears(71).plusDays(1))))).isEmpty();
        assertThat(policy.problems(referral(TODAY, TODAY.plusWeeks(20), parentBorn(TODAY.minusYears(71))), TODAY))
                .extracting(FieldProblem::message).containsExactly("First parent must be 70 or younger on the referral date");
    }

    @Test
    void anInvalidNhsNumberIsNamedForItsParent() {
        ParentDetails parent = new ParentDetails("Amira", "Khan", LocalDate.of(1998, 1, 1), null, null, "943 476 5918");
        assertThat(policy.problems(referral(TODAY, TODAY.plusWeeks(20), parent), TODAY))
                .extracting(FieldProblem::field).containsExactly("parents[0].nhsNumber");
    }

    @Test
    void choicesMustComeFromTheProgrammesLists() {
        ReferralDetails referral = new ReferralDetails(new Referrer("Postman", "x"), TODAY, TODAY.plusWeeks(20),
                List.of("Not on the list"), null, List.of(parentBorn(LocalDate.of(1998, 1, 1))), null, "English", false,
                Set.of(), null, null, false, null);
        assertThat(fields(referral)).containsExactly("referrerSource", "vulnerabilityFactors");
    }

    private List<String> fields(ReferralDetails referral) {
        return policy.problems(referral, TODAY).stream().map(FieldProblem::field).toList();
    }

    private static ParentDetails parentBorn(LocalDate born) {
        return new ParentDetails("Amira", "Khan", born, null, null, null);
    }

    private static ReferralDetails referral(LocalDate referred, LocalDate edd, ParentDetails parent) {
        return new ReferralDetails(new Referrer("Midwife", "Jo Bloggs"), referred, edd, List.of("First-time parent"),
                null, List.of(parent), null, "English", false, Set.of(ContactMethod.PHONE), null, null, false, null);
    }
}
