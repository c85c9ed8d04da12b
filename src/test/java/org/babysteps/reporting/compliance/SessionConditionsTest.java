package org.babysteps.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.reporting.ConditionResult;
import org.junit.jupiter.api.Test;

/** Co-facilitation and trained facilitators, both judged on the sessions delivered in the period. */
class SessionConditionsTest {

    private final org.babysteps.programme.LicenceConditionDefinition pair = Conditions.of(LicenceConditionType.CO_FACILITATION, 100, 90);
    private final org.babysteps.programme.LicenceConditionDefinition trained = Conditions.of(LicenceConditionType.TRAINED_FACILITATORS, 100, 95);

    private static List<SessionFact> sessions(int good, List<SessionFact> bad) {
        List<SessionFact> all = new ArrayList<>();
        for (int i = 0; i < good; i++) {
            all.add(new SessionFact(LocalDate.of(2026, 7, 7).plusWeeks(i % 12), "Tuesday group", i + 1, List.of(), List.of(), null));
        }
        all.addAll(bad);
        return all;
    }

    private static SessionFact withoutChildrens(int number) {
        return new SessionFact(LocalDate.of(2026, 8, 4), "Thursday group", number,
                List.of("No trained children's services facilitator"), List.of(), null);
    }

    @Test
    void threeOf41SessionsWithoutAChildrensServicesFacilitatorIsAtRiskAndSaysSo() {
        ConditionResult result = CoFacilitationCompliance.assess(pair,
                sessions(38, List.of(withoutChildrens(1), withoutChildrens(2), withoutChildrens(3))), Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(result.compliant()).isEqualTo(38);
        assertThat(result.total()).isEqualTo(41);
        assertThat(result.sentence()).isEqualTo("3 of 41 sessions delivered 1 July 2026 to 30 September 2026 had no trained "
                + "children's services facilitator.");
        assertThat(result.behind()).hasSize(3).first().asString()
                .isEqualTo("4 August 2026, Thursday group, session 1: No trained children's services facilitator");
    }

    @Test
    void oneMissOutOfTenIsAtRiskAndTheExceptionIsShown() {
        SessionFact excused = new SessionFact(LocalDate.of(2026, 8, 4), "Thursday group", 5,
                List.of("No trained health facilitator", "No trained children's services facilitator"), List.of(), "Snow");
        ConditionResult result = CoFacilitationCompliance.assess(pair, sessions(9, List.of(excused)), Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(result.sentence()).isEqualTo("1 of 10 sessions delivered 1 July 2026 to 30 September 2026 was not run by the required pair.");
        assertThat(result.behind().get(0)).endsWith("Exception recorded: Snow");
    }

    @Test
    void everySessionWithThePairIsMet() {
        ConditionResult result = CoFacilitationCompliance.assess(pair, sessions(12, List.of()), Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.MET);
        assertThat(result.sentence()).isEqualTo("All 12 sessions delivered 1 July 2026 to 30 September 2026 were run by the required pair.");
        assertThat(result.behind()).isEmpty();
    }

    @Test
    void noSessionsDeliveredIsNoData() {
        ConditionResult result = CoFacilitationCompliance.assess(pair, List.of(), Conditions.Q3);
        assertThat(result.status()).isEqualTo(ComplianceStatus.NO_DATA);
        assertThat(result.sentence()).isEqualTo("No group sessions were delivered 1 July 2026 to 30 September 2026.");
        assertThat(TrainedFacilitatorsCompliance.assess(trained, List.of(), Conditions.Q3).status()).isEqualTo(ComplianceStatus.NO_DATA);
    }

    @Test
    void aSessionWithAnUntrainedFacilitatorCountsAgainstTrainedFacilitatorsAndNamesThem() {
        SessionFact untrained = new SessionFact(LocalDate.of(2026, 9, 1), "Tuesday group", 8, List.of(),
                List.of("Femi (demo)"), null);
        ConditionResult oneIn20 = TrainedFacilitatorsCompliance.assess(trained, sessions(19, List.of(untrained)), Conditions.Q3);
        assertThat(oneIn20.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(oneIn20.sentence()).isEqualTo("1 of 20 sessions delivered 1 July 2026 to 30 September 2026 had a facilitator "
                + "who was not trained in the programme on the day.");
        assertThat(oneIn20.behind()).containsExactly("1 September 2026, Tuesday group, session 8: Femi (demo) was not trained on the day");
        assertThat(TrainedFacilitatorsCompliance.assess(trained, sessions(9, List.of(untrained)), Conditions.Q3).status())
                .isEqualTo(ComplianceStatus.NOT_MET);
        assertThat(TrainedFacilitatorsCompliance.assess(trained, sessions(3, List.of()), Conditions.Q3).status())
                .isEqualTo(ComplianceStatus.MET);
    }
}
