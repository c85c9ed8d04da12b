package org.babysteps.outcomes.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.FamilyId;
import org.babysteps.family.Families;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.notification.NotificationOutbox;
import org.babysteps.notification.OutboxMessage;
import org.babysteps.outcomes.Acknowledgement;
import org.babysteps.outcomes.AlertDetail;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertRuleHit;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.outcomes.AlertSummary;
import org.babysteps.outcomes.Referral;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.outcomes.SafeguardingAlerts;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Risk answers become one alert that the family's facilitators and the site's leads see, act on and are told of. */
@PlatformTest
class SafeguardingAlertsTest {

    @Autowired
    SafeguardingAlerts alerts;
    @Autowired
    AlertRaiser raiser;
    @Autowired
    AlertFixture fixture;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    Families families;
    @Autowired
    UserStore users;

    @Test
    void riskAnswersRaiseOneOpenAlertWithTheRulesActionsAndARedeliveredEventRaisesNoSecond() {
        RiskAnswersGiven given = fixture.event(fixture.familyInMidwifesGroup(), Instant.now());
        AlertId id = fixture.raise(given);

        raiser.on(given);

        assertThat(fixture.alertsOf(given.responseId())).isEqualTo(1);
        AlertDetail alert = signedIn().as("midwife@north.demo", () -> alerts.find(id));
        assertThat(alert.summary().status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.summary().instrument()).isEqualTo("epds v1");
        assertThat(alert.instrumentName()).contains("Edinburgh Postnatal Depression Scale");
        assertThat(alert.rules()).extracting(AlertRuleHit::ruleCode).containsExactly("self-harm", "probable-depression");
        assertThat(alert.rules().get(0).staffAction()).startsWith("Thoughts of self-harm reported.");
        assertThat(fixture.auditActions(id)).first().isEqualTo("CREATE system:safeguarding-alerts");
    }

    @Test
    void theFamilysFacilitatorsAndTheSiteLeadAreEmailedOnceWithALinkAndNoFamilyName() {
        FamilyId family = fixture.familyInMidwifesGroup();
        RiskAnswersGiven given = fixture.event(family, Instant.now());
        AlertId id = fixture.raise(given);
        raiser.on(given);

        var messages = outbox.withKey("risk-alert:" + id);
        assertThat(messages).extracting(OutboxMessage::recipientEmail).doesNotHaveDuplicates()
                .contains("lead@north.demo", "midwife@north.demo", "fsw@north.demo")
                .doesNotContain("lead@south.demo", "commissioner@north.demo", "admin@licensor.demo");
        String familyName = signedIn().as("lead@north.demo", () -> families.find(family)).orElseThrow().displayName();
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.body()).contains("http://localhost:8080/alerts/" + id).contains("North Demo Site");
            assertThat(message.body() + message.subject()).doesNotContain(familyName)
                    .doesNotContain(familyName.split(" ")[1]);
        });
    }

    @Test
    void theFamilysFacilitatorAndTheSiteLeadSeeItButNotAnotherSiteTheCommissionerOrTheLicensor() {
        AlertId id = fixture.raise(fixture.event(fixture.familyInMidwifesGroup(), Instant.now()));

        assertThat(signedIn().as("midwife@north.demo", () -> alerts.openFor(users.findByEmail("midwife@north.demo").orElseThrow())))
                .extracting(AlertSummary::id).contains(id);
        assertThat(signedIn().as("lead@north.demo", () -> alerts.find(id).mayAcknowledge())).isTrue();
        for (String outsider : new String[] {"lead@south.demo", "commissioner@north.demo", "admin@licensor.demo"}) {
            assertThatThrownBy(() -> signedIn().as(outsider, () -> alerts.find(id))).as(outsider)
                    .isInstanceOf(NotFoundException.class);
            assertThat(signedIn().as(outsider, () -> alerts.openFor(users.findByEmail(outsider).orElseThrow())))
                    .as(outsider).extracting(AlertSummary::id).doesNotContain(id);
        }
        assertThat(signedIn().as("admin@licensor.demo", () -> alerts.waitingCounts()).get(fixture.north())).isPositive();
    }

    @Test
    void aFacilitatorWhoseGroupsDoNotIncludeTheFamilyDoesNotSeeItButTheLeadDoes() {
        FamilyId outsideGroups = signedIn().as("lead@north.demo", fixture::familyInNoGroup);
        AlertId id = fixture.raise(fixture.event(outsideGroups, Instant.now()));

        assertThatThrownBy(() -> signedIn().as("midwife@north.demo", () -> alerts.find(id))).isInstanceOf(NotFoundException.class);
        assertThat(signedIn().as("lead@north.demo", () -> alerts.find(id).summary().familyId())).isEqualTo(outsideGroups);
        assertThat(outbox.withKey("risk-alert:" + id)).extracting(OutboxMessage::recipientEmail)
                .contains("lead@north.demo").doesNotContain("midwife@north.demo");
    }

    @Test
    void aLaterEventWithANewRuleAddsItToTheOpenAlertOnceAndTellsPeopleAgainButARedeliveryDoesNot() {
        RiskAnswersGiven first = fixture.later(fixture.event(fixture.familyInMidwifesGroup(), Instant.now()),
                java.util.List.of("probable-depression"));
        AlertId id = fixture.raise(first);
        int version = signedIn().as("lead@north.demo", () -> alerts.find(id).version());
        RiskAnswersGiven selfHarm = fixture.later(first, java.util.List.of("self-harm"));

        fixture.publishAndAwaitRules(selfHarm, id, 2);
        raiser.on(selfHarm);
        raiser.on(first);

        AlertDetail alert = signedIn().as("midwife@north.demo", () -> alerts.find(id));
        assertThat(alert.rules()).extracting(AlertRuleHit::ruleCode).containsExactly("probable-depression", "self-harm");
        assertThat(alert.summary().status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.earlierAcknowledgements()).isEmpty();
        assertThat(alert.version()).as("an acknowledgement made without seeing the new rule is refused")
                .isEqualTo(version + 1);
        assertThat(fixture.alertsOf(first.responseId())).isEqualTo(1);
        assertThat(outbox.withKey("risk-alert:" + id + ":self-harm")).extracting(OutboxMessage::recipientEmail)
                .doesNotHaveDuplicates().contains("lead@north.demo", "midwife@north.demo", "fsw@north.demo");
        assertThat(fixture.auditActions(id)).containsOnlyOnce("UPDATE system:safeguarding-alerts");
    }

    @Test
    void aNewRuleOnAnEscalatedAlertKeepsItEscalatedAndAReopenedAlertEscalatesAgainAWorkingDayLater() {
        Instant fridayAfternoon = LocalDateTime.parse("2026-11-27T15:00").atZone(UkTime.ZONE).toInstant();
        RiskAnswersGiven first = answers(fixture.event(fixture.familyInMidwifesGroup(), fridayAfternoon), "self-harm",
                fridayAfternoon);
        AlertId id = fixture.raise(first);
        escalation().run(LocalDateTime.parse("2026-11-30T15:00").atZone(UkTime.ZONE).toInstant());

        fixture.publishAndAwaitRules(answers(first, "probable-depression", fridayAfternoon), id, 2);
        assertThat(statusOf(id)).isEqualTo(AlertStatus.ESCALATED);

        int version = signedIn().as("lead@north.demo", () -> alerts.find(id).version());
        signedIn().run("lead@north.demo", () -> alerts.acknowledge(id, new Acknowledgement("Rang her", null, version)));
        Instant wednesday = LocalDateTime.parse("2026-12-02T10:00").atZone(UkTime.ZONE).toInstant();
        fixture.publishAndAwaitRules(answers(first, "rule-of-a-later-file", wednesday), id, 3);

        AlertDetail reopened = signedIn().as("lead@north.demo", () -> alerts.find(id));
        assertThat(reopened.summary().status()).isEqualTo(AlertStatus.OPEN);
        assertThat(reopened.summary().escalatedAt()).isNull();
        assertThat(reopened.acknowledgedBy()).isNull();
        assertThat(reopened.escalatesAt()).isEqualTo(LocalDateTime.parse("2026-12-03T10:00").atZone(UkTime.ZONE).toInstant());
        assertThat(reopened.earlierAcknowledgements()).singleElement().satisfies(earlier -> {
            assertThat(earlier.actionTaken()).isEqualTo("Rang her");
            assertThat(earlier.reopenedFor()).containsExactly("rule-of-a-later-file");
        });
        escalation().run(LocalDateTime.parse("2026-12-03T10:00").atZone(UkTime.ZONE).toInstant());
        assertThat(statusOf(id)).isEqualTo(AlertStatus.ESCALATED);
        assertThat(outbox.withKey("risk-alert-escalated:" + id + ":reopened-1"))
                .extracting(OutboxMessage::recipientEmail).containsExactly("lead@north.demo");
    }

    private static RiskAnswersGiven answers(RiskAnswersGiven of, String rule, Instant givenAt) {
        return new RiskAnswersGiven(of.responseId(), of.familyId(), of.siteId(), "epds", 1, java.util.List.of(rule),
                false, givenAt, null);
    }

    @Test
    void acknowledgingNeedsTheActionTakenIsAuditedAndASecondAcknowledgementIsRefused() {
        AlertId id = fixture.raise(fixture.event(fixture.familyInMidwifesGroup(), Instant.now()));
        int version = signedIn().as("midwife@north.demo", () -> alerts.find(id).version());

        assertThatThrownBy(() -> signedIn().run("midwife@north.demo",
                () -> alerts.acknowledge(id, new Acknowledgement(" ", Referral.GP, version))))
                .isInstanceOf(RuleViolationException.class).hasMessage("Enter the action taken");
        signedIn().run("midwife@north.demo", () -> alerts.acknowledge(id,
                new Acknowledgement("Spoke with the mother at home; GP appointment booked for today", Referral.GP, version)));

        AlertDetail acknowledged = signedIn().as("lead@north.demo", () -> alerts.find(id));
        assertThat(acknowledged.summary().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("Maya Midwife-North (demo)");
        assertThat(acknowledged.referral()).isEqualTo(Referral.GP);
        assertThat(acknowledged.mayAcknowledge()).isFalse();
        assertThatThrownBy(() -> signedIn().run("lead@north.demo",
                () -> alerts.acknowledge(id, new Acknowledgement("I rang too", null, version))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("This alert was already acknowledged by Maya Midwife-North (demo)");
        assertThat(fixture.auditActions(id)).contains("UPDATE midwife@north.demo", "VIEW lead@north.demo");
    }

    @Test
    void anAlertLeftOpenForOneWorkingDayEscalatesToTheSiteLeadsOnceAndStillNeedsAcknowledging() {
        Instant fridayAfternoon = LocalDateTime.parse("2026-11-27T15:00").atZone(UkTime.ZONE).toInstant();
        Instant mondaySameTime = LocalDateTime.parse("2026-11-30T15:00").atZone(UkTime.ZONE).toInstant();
        FamilyId family = fixture.familyInMidwifesGroup();
        AlertId id = fixture.raise(fixture.event(family, fridayAfternoon));
        AlertEscalation escalation = escalation();

        escalation.run(mondaySameTime.minusSeconds(1));
        assertThat(statusOf(id)).isEqualTo(AlertStatus.OPEN);

        escalation.run(mondaySameTime);
        escalation.run(mondaySameTime.plusSeconds(300));

        AlertDetail escalated = signedIn().as("lead@north.demo", () -> alerts.find(id));
        assertThat(escalated.summary().status()).isEqualTo(AlertStatus.ESCALATED);
        assertThat(escalated.summary().escalatedAt()).isEqualTo(mondaySameTime);
        assertThat(escalated.mayAcknowledge()).isTrue();
        var messages = outbox.withKey("risk-alert-escalated:" + id);
        assertThat(messages).extracting(OutboxMessage::recipientEmail).containsExactly("lead@north.demo");
        String familyName = signedIn().as("lead@north.demo", () -> families.find(family)).orElseThrow().displayName();
        assertThat(messages.get(0).body()).contains("/alerts/" + id).doesNotContain(familyName);
        assertThat(fixture.auditActions(id)).contains("UPDATE system:safeguarding-alert-escalation");
    }

    @Autowired
    AlertEscalation escalationJob;

    private AlertEscalation escalation() {
        return escalationJob;
    }

    private AlertStatus statusOf(AlertId id) {
        return AlertStatus.valueOf(fixture.jdbc().sql("select status from safeguarding_alert where id = ?")
                .param(id.value()).query(String.class).single());
    }

    private SignedIn signedIn() {
        return new SignedIn(users);
    }
}
