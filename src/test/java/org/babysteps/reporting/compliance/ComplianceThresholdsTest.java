package org.babysteps.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.reporting.ComplianceStatus;
import org.junit.jupiter.api.Test;

class ComplianceThresholdsTest {

    private final org.babysteps.programme.LicenceConditionDefinition condition = Conditions.of(LicenceConditionType.FIDELITY, 90, 75);

    @Test
    void metAtTheThresholdExactlyWithoutRoundingLoss() {
        assertThat(ComplianceThresholds.judge(condition, 9, 10)).isEqualTo(ComplianceStatus.MET);
        assertThat(ComplianceThresholds.judge(condition, 10, 10)).isEqualTo(ComplianceStatus.MET);
    }

    @Test
    void atRiskFromTheLowerThresholdUpToMet() {
        assertThat(ComplianceThresholds.judge(condition, 89, 100)).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(ComplianceThresholds.judge(condition, 3, 4)).isEqualTo(ComplianceStatus.AT_RISK);
    }

    @Test
    void notMetBelowTheLowerThreshold() {
        assertThat(ComplianceThresholds.judge(condition, 74, 100)).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(ComplianceThresholds.judge(condition, 0, 1)).isEqualTo(ComplianceStatus.NOT_MET);
    }

    @Test
    void noDataWhenNothingWasDue() {
        assertThat(ComplianceThresholds.judge(condition, 0, 0)).isEqualTo(ComplianceStatus.NO_DATA);
    }

    @Test
    void moreCompliantThanCasesIsAProgrammingError() {
        assertThatThrownBy(() -> ComplianceThresholds.judge(condition, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOverallStatusIsTheWorstAndNoDataIsWorseThanMet() {
        assertThat(ComplianceStatus.worst(List.of(ComplianceStatus.MET, ComplianceStatus.AT_RISK, ComplianceStatus.NO_DATA)))
                .isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(ComplianceStatus.worst(List.of(ComplianceStatus.MET, ComplianceStatus.NO_DATA))).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(ComplianceStatus.worst(List.of(ComplianceStatus.MET, ComplianceStatus.NOT_MET))).isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(ComplianceStatus.worst(List.of(ComplianceStatus.MET))).isEqualTo(ComplianceStatus.MET);
    }
}
