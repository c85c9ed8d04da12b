package org.babysteps.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.babysteps.programme.CompletionProgress;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.reporting.ConditionResult;
import org.junit.jupiter.api.Test;

/** Data returns (registers and home visits recorded) and fidelity (families who received the core components). */
class ReturnsAndFidelityTest {

    private final LicenceConditionDefinition returns = Conditions.of(LicenceConditionType.DATA_RETURNS, 95, 80);
    private final LicenceConditionDefinition fidelity = Conditions.of(LicenceConditionType.FIDELITY, 90, 75);

    private static List<DueReturn> due(int recorded, int missing) {
        List<DueReturn> all = new ArrayList<>();
        for (int i = 0; i < recorded + missing; i++) {
            all.add(new DueReturn(LocalDate.of(2026, 7, 1).plusDays(i), "register of Tuesday group, session " + (i + 1), i < recorded));
        }
        return all;
    }

    @Test
    void dataReturnsAreJudgedOnWhatWasDueAndNameWhatIsMissing() {
        ConditionResult met = DataReturnsCompliance.assess(returns, due(19, 1), Conditions.Q3);
        assertThat(met.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(met.sentence()).isEqualTo("1 of 20 registers and home visits due 1 July 2026 to 30 September 2026 was not recorded.");
        assertThat(met.behind()).containsExactly("20 July 2026: register of Tuesday group, session 20 not recorded");
        assertThat(DataReturnsCompliance.assess(returns, due(17, 3), Conditions.Q3).status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(DataReturnsCompliance.assess(returns, due(3, 2), Conditions.Q3).status()).isEqualTo(ComplianceStatus.NOT_MET);
        ConditionResult none = DataReturnsCompliance.assess(returns, List.of(), Conditions.Q3);
        assertThat(none.status()).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(none.sentence()).isEqualTo("No registers or home visits were due 1 July 2026 to 30 September 2026.");
        assertThat(DataReturnsCompliance.assess(returns, due(4, 0), Conditions.Q3).sentence())
                .isEqualTo("All 4 registers and home visits due 1 July 2026 to 30 September 2026 were recorded.");
    }

    private static PlaceFact place(String group, boolean bothVisits, int attended) {
        return new PlaceFact(group, LocalDate.of(2026, 9, 15),
                new CompletionProgress(attended, 6, bothVisits ? Set.of() : Set.of("postnatal-visit"),
                        bothVisits && attended >= 6));
    }

    @Test
    void fidelityCountsFamiliesWhoHadBothVisitsAndEnoughSessionsWithoutNamingAnyone() {
        List<PlaceFact> places = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            places.add(place("Tuesday group", true, 7));
        }
        places.add(place("Tuesday group", false, 9));
        places.add(place("Thursday group", true, 4));
        ConditionResult result = FidelityCompliance.assess(fidelity, places, Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(result.aboutFamilies()).isTrue();
        assertThat(result.sentence()).isEqualTo("8 of 10 families in groups that finished 1 July 2026 to 30 September 2026 "
                + "received every required home visit and at least 6 group sessions.");
        assertThat(result.behind()).containsExactly(
                "Tuesday group (last session 15 September 2026): 1 of 9 families fell short (1 missed a required home visit, 0 attended too few group sessions)",
                "Thursday group (last session 15 September 2026): 1 of 1 families fell short (0 missed a required home visit, 1 attended too few group sessions)");
    }

    @Test
    void fidelityThresholds() {
        assertThat(FidelityCompliance.assess(fidelity, List.of(place("G", true, 6)), Conditions.Q3).status())
                .isEqualTo(ComplianceStatus.MET);
        assertThat(FidelityCompliance.assess(fidelity, List.of(place("G", true, 6), place("G", false, 6)), Conditions.Q3)
                .status()).isEqualTo(ComplianceStatus.NOT_MET);
        ConditionResult none = FidelityCompliance.assess(fidelity, List.of(), Conditions.Q3);
        assertThat(none.status()).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(none.sentence()).isEqualTo("No group finished 1 July 2026 to 30 September 2026 with families still enrolled.");
    }
}
