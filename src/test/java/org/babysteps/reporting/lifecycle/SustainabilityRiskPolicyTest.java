package org.babysteps.reporting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SustainabilityRiskPolicyTest {

    private static final LocalDate LICENCE_END = LocalDate.of(2028, 11, 30);

    @Test
    void fundingEndingBeforeTheLicenceIsARiskSaidInWords() {
        assertThat(SustainabilityRiskPolicy.reasons(LocalDate.of(2027, 3, 31), LICENCE_END, null))
                .containsExactly("Secured funding ends on 31 March 2027, before the licence ends on 30 November 2028");
    }

    @Test
    void fundingEndingBeforeTheLastPlannedSessionIsARiskEvenWithoutALicence() {
        assertThat(SustainabilityRiskPolicy.reasons(LocalDate.of(2027, 3, 31), null, LocalDate.of(2027, 4, 7)))
                .containsExactly("Secured funding ends on 31 March 2027, before the last planned group session on 7 April 2027");
    }

    @Test
    void bothReasonsAreGivenWhenBothApply() {
        assertThat(SustainabilityRiskPolicy.reasons(LocalDate.of(2027, 3, 31), LICENCE_END, LocalDate.of(2027, 6, 1)))
                .hasSize(2);
    }

    @Test
    void fundingThatLastsAsLongAsTheLicenceAndThePlannedGroupsIsNoRisk() {
        assertThat(SustainabilityRiskPolicy.reasons(LICENCE_END, LICENCE_END, LICENCE_END.minusDays(1))).isEmpty();
    }

    @Test
    void noSecuredFundingForALicensedSiteIsARiskButASiteStillExploringIsNot() {
        assertThat(SustainabilityRiskPolicy.reasons(null, LICENCE_END, null))
                .containsExactly("No secured funding is recorded for a licensed site");
        assertThat(SustainabilityRiskPolicy.reasons(null, null, null)).isEmpty();
    }
}
