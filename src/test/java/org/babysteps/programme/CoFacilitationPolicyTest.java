package org.babysteps.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoFacilitationPolicyTest {

    private static final SessionFacilitator TRAINED_MIDWIFE = new SessionFacilitator("HEALTH", true);
    private static final SessionFacilitator TRAINED_FAMILY_SUPPORT = new SessionFacilitator("CHILDRENS_SERVICES", true);
    private static final SessionFacilitator UNTRAINED_FAMILY_SUPPORT = new SessionFacilitator("CHILDRENS_SERVICES", false);

    private final CoFacilitationPolicy babySteps =
            new CoFacilitationPolicy(new CoFacilitationRule(Set.of("HEALTH", "CHILDRENS_SERVICES"), true));

    @Test
    void aTrainedHealthAndChildrensServicesPairMeetsTheRule() {
        CoFacilitationCheck check = babySteps.check(List.of(TRAINED_MIDWIFE, TRAINED_FAMILY_SUPPORT));

        assertThat(check.met()).isTrue();
        assertThat(check.missingAgencyTypes()).isEmpty();
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void aVoluntarySectorThirdFacilitatorDoesNotSpoilAMetRule() {
        assertThat(babySteps.check(List.of(TRAINED_MIDWIFE, TRAINED_FAMILY_SUPPORT,
                new SessionFacilitator("VOLUNTARY", false))).met()).isTrue();
    }

    @Test
    void twoHealthFacilitatorsAreNotAPair() {
        CoFacilitationCheck check = babySteps.check(List.of(TRAINED_MIDWIFE, new SessionFacilitator("HEALTH", true)));

        assertThat(check.met()).isFalse();
        assertThat(check.missingAgencyTypes()).containsExactly("CHILDRENS_SERVICES");
        assertThat(check.problems()).containsExactly("No trained children's services facilitator");
    }

    @Test
    void anUntrainedFacilitatorDoesNotCountWhenOnlyTrainedOnesMay() {
        CoFacilitationCheck check = babySteps.check(List.of(TRAINED_MIDWIFE, UNTRAINED_FAMILY_SUPPORT));

        assertThat(check.met()).isFalse();
        assertThat(check.missingAgencyTypes()).containsExactly("CHILDRENS_SERVICES");
        assertThat(check.problems()).singleElement().asString()
                .startsWith("No trained children's services facilitator")
                .contains("not yet trained");
    }

    @Test
    void anUntrainedFacilitatorCountsWhenTheRuleAllowsIt() {
        CoFacilitationPolicy anyone = new CoFacilitationPolicy(new CoFacilitationRule(Set.of("HEALTH", "CHILDRENS_SERVICES"), false));

        assertThat(anyone.check(List.of(TRAINED_MIDWIFE, UNTRAINED_FAMILY_SUPPORT)).met()).isTrue();
        assertThat(anyone.check(List.of(TRAINED_MIDWIFE)).problems()).containsExactly("No children's services facilitator");
    }

    @Test
    void nobodyMissesEveryRequiredTypeHealthFirst() {
        CoFacilitationCheck check = babySteps.check(List.of());

        assertThat(check.met()).isFalse();
        assertThat(check.missingAgencyTypes()).containsExactly("HEALTH", "CHILDRENS_SERVICES");
        assertThat(check.problems()).containsExactly("No trained health facilitator",
                "No trained children's services facilitator");
    }

    @Test
    void theSameFacilitatorListedTwiceIsStillOnePerson() {
        CoFacilitationCheck check = babySteps.check(List.of(TRAINED_MIDWIFE, TRAINED_MIDWIFE));

        assertThat(check.met()).isFalse();
        assertThat(check.missingAgencyTypes()).containsExactly("CHILDRENS_SERVICES");
    }

    @Test
    void aTrainedAndAnUntrainedFacilitatorOfOneTypeStillCoverIt() {
        CoFacilitationCheck check = babySteps.check(List.of(TRAINED_MIDWIFE, UNTRAINED_FAMILY_SUPPORT, TRAINED_FAMILY_SUPPORT));

        assertThat(check.met()).isTrue();
    }
}
