package org.babysteps.outcomes.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.Acknowledgement;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.outcomes.Referral;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

/** What an alert may do next: escalate only when open; acknowledged once, with the action taken. */
class AlertTransitionsTest {

    @Test
    void onlyAnOpenAlertEscalates() {
        assertThat(AlertTransitions.escalates(AlertStatus.OPEN)).isTrue();
        assertThat(AlertTransitions.escalates(AlertStatus.ESCALATED)).isFalse();
        assertThat(AlertTransitions.escalates(AlertStatus.ACKNOWLEDGED)).isFalse();
    }

    @Test
    void aNewRuleReopensAnAcknowledgedAlertAndLeavesAWaitingOneAsItIs() {
        assertThat(AlertTransitions.afterNewRules(AlertStatus.ACKNOWLEDGED)).isEqualTo(AlertStatus.OPEN);
        assertThat(AlertTransitions.afterNewRules(AlertStatus.OPEN)).isEqualTo(AlertStatus.OPEN);
        assertThat(AlertTransitions.afterNewRules(AlertStatus.ESCALATED)).isEqualTo(AlertStatus.ESCALATED);
    }

    @Test
    void openAndEscalatedAlertsCanBeAcknowledgedWithAnAction() {
        Acknowledgement rang = new Acknowledgement("Rang the mother; GP appointment today", Referral.GP, 0);
        assertThatCode(() -> AlertTransitions.checkAcknowledgement(alert(AlertStatus.OPEN, 0), rang)).doesNotThrowAnyException();
        assertThatCode(() -> AlertTransitions.checkAcknowledgement(alert(AlertStatus.ESCALATED, 0), rang)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyActionIsRefusedAgainstItsField() {
        assertThatThrownBy(() -> AlertTransitions.checkAcknowledgement(alert(AlertStatus.OPEN, 0),
                new Acknowledgement("  ", null, 0)))
                .isInstanceOf(RuleViolationException.class).hasMessage("Enter the action taken")
                .extracting(problem -> ((RuleViolationException) problem).field()).isEqualTo("actionTaken");
    }

    @Test
    void anOverlongActionIsRefused() {
        assertThatThrownBy(() -> AlertTransitions.checkAcknowledgement(alert(AlertStatus.OPEN, 0),
                new Acknowledgement("x".repeat(2001), null, 0))).hasMessageContaining("2000 characters or fewer");
    }

    @Test
    void aSecondAcknowledgementIsRefusedNamingWhoAcknowledgedIt() {
        assertThatThrownBy(() -> AlertTransitions.checkAcknowledgement(alert(AlertStatus.ACKNOWLEDGED, 1),
                new Acknowledgement("Also rang", null, 0)))
                .hasMessageStartingWith("This alert was already acknowledged by Maya Midwife on 30 November 2026 at 9:15am");
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThatThrownBy(() -> AlertTransitions.checkAcknowledgement(alert(AlertStatus.ESCALATED, 2),
                new Acknowledgement("Rang", null, 1))).hasMessageContaining("while you were looking at it");
    }

    private static AlertRow alert(AlertStatus status, int version) {
        boolean acknowledged = status == AlertStatus.ACKNOWLEDGED;
        Instant raised = Instant.parse("2026-11-30T08:00:00Z");
        return new AlertRow(AlertId.random(), new SiteId(UUID.randomUUID()), new FamilyId(UUID.randomUUID()), "epds", 1,
                false, raised, raised, raised.plusSeconds(86_400), status, null,
                acknowledged ? Instant.parse("2026-11-30T09:15:00Z") : null, acknowledged ? "Maya Midwife" : null,
                acknowledged ? "Rang" : null, null, version);
    }
}
