package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

/** What a recorded supervision session must be; each refusal names the field to fix. */
class SupervisionSessionPolicyTest {

    private final SupervisionSessionPolicy policy = new SupervisionSessionPolicy(new SupervisionRules(8, 12, 2, 30, 240));
    private final LocalDate today = LocalDate.of(2026, 11, 30);
    private final SiteId site = new SiteId(java.util.UUID.randomUUID());
    private final PractitionerId supervisor = PractitionerId.random();
    private final PractitionerId facilitator = PractitionerId.random();

    private SupervisionSessionDetails session(Set<PractitionerId> supervisees, LocalDate on, Integer minutes, SupervisionFormat format) {
        return new SupervisionSessionDetails(site, supervisor, supervisees, on, minutes, format, "Engaging fathers");
    }

    @Test
    void aSessionHeldTodayWithOneSuperviseeIsFine() {
        assertThatCode(() -> policy.check(session(Set.of(facilitator), today, 60, SupervisionFormat.INDIVIDUAL), today))
                .doesNotThrowAnyException();
    }

    @Test
    void aSessionWithNobodyPresentIsRefused() {
        assertThatThrownBy(() -> policy.check(session(Set.of(), today, 60, SupervisionFormat.GROUP), today))
                .isInstanceOf(WorkforceRuleException.class).hasMessageContaining("someone present")
                .extracting("field").isEqualTo("superviseeIds");
    }

    @Test
    void aSupervisorCannotSuperviseThemself() {
        assertThatThrownBy(() -> policy.check(session(Set.of(supervisor, facilitator), today, 60, SupervisionFormat.GROUP), today))
                .isInstanceOf(WorkforceRuleException.class).hasMessageContaining("themself");
    }

    @Test
    void aSessionInTheFutureCannotBeRecorded() {
        assertThatThrownBy(() -> policy.check(session(Set.of(facilitator), today.plusDays(1), 60, SupervisionFormat.INDIVIDUAL), today))
                .isInstanceOf(WorkforceRuleException.class).extracting("field").isEqualTo("heldOn");
    }

    @Test
    void theLengthMustBeWithinTheRulesRange() {
        assertThatThrownBy(() -> policy.check(session(Set.of(facilitator), today, 29, SupervisionFormat.INDIVIDUAL), today))
                .hasMessage("Length must be between 30 and 240 minutes");
        assertThatThrownBy(() -> policy.check(session(Set.of(facilitator), today, 241, SupervisionFormat.INDIVIDUAL), today))
                .extracting("field").isEqualTo("durationMinutes");
        assertThatThrownBy(() -> policy.check(session(Set.of(facilitator), today, null, SupervisionFormat.INDIVIDUAL), today))
                .extracting("field").isEqualTo("durationMinutes");
    }

    @Test
    void anIndividualSessionHasOneSupervisee() {
        assertThatThrownBy(() -> policy.check(session(Set.of(facilitator, PractitionerId.random()), today, 60,
                SupervisionFormat.INDIVIDUAL), today)).hasMessageContaining("choose group");
    }
}
