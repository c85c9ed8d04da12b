package org.babysteps.outcomes.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertRuleHit;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.platform.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns risk answers into an alert at once: after the response commits, in its own transaction, retried by the
 * event publication registry if it fails. One alert per response: a later event for the same response adds the rules
 * it does not have yet (reopening it if it was acknowledged) and tells people again, while a redelivered event adds
 * nothing and sends nothing. Runs as a named system job (it may come from a parent's link, with nobody signed in).
 */
@Component
class AlertRaiser {

    private final AlertStore store;
    private final EarlierAcknowledgements earlier;
    private final Instruments instruments;
    private final AlertWatchers watchers;
    private final AlertEmails emails;
    private final WorkingDayCalendar calendar;
    private final AuditLog auditLog;
    private final Clock clock;

    AlertRaiser(AlertStore store, EarlierAcknowledgements earlier, Instruments instruments, AlertWatchers watchers,
                AlertEmails emails, WorkingDayCalendar calendar, AuditLog auditLog) {
        this.store = store;
        this.earlier = earlier;
        this.instruments = instruments;
        this.watchers = watchers;
        this.emails = emails;
        this.calendar = calendar;
        this.auditLog = auditLog;
        this.clock = Clock.systemUTC();
    }

    @ApplicationModuleListener
    void on(RiskAnswersGiven given) {
        SystemIdentity.runAs("safeguarding-alerts", Set.of(Role.LICENSOR_ADMIN), () -> raise(given));
    }

    private void raise(RiskAnswersGiven given) {
        AlertId id = AlertId.random();
        Set<UserId> told = watchers.of(given);
        // the working day runs from when the parent answered, however late the event is delivered
        Instant escalatesAt = calendar.workingDays().oneWorkingDayAfter(given.givenAt());
        if (!store.insert(id, given, clock.instant(), escalatesAt)) {
            addToExisting(given, told, escalatesAt);
            return;
        }
        store.insertRules(id, rulesHit(given, given.ruleCodes()));
        store.insertWatchers(id, told);
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "safeguarding-alert", id, given.siteId())
                .withDetail(given.instrumentCode() + " v" + given.instrumentVersion() + " rules=" + given.ruleCodes()
                        + " watchers=" + told.size()));
        emails.raised(id, given.siteId(), told);
    }

    /** The response already has an alert: add the rules it lacks, reopening it if it was acknowledged. */
    private void addToExisting(RiskAnswersGiven given, Set<UserId> told, Instant escalatesAt) {
        AlertRow alert = store.lockOfResponse(given.responseId()).orElseThrow();
        List<String> known = store.rules(alert.id()).stream().map(AlertRuleHit::ruleCode).toList();
        List<String> fresh = given.ruleCodes().stream().filter(code -> !known.contains(code)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        AlertStatus status = AlertTransitions.afterNewRules(alert.status());
        boolean reopened = status != alert.status();
        if (reopened) {
            earlier.keep(alert.id(), clock.instant(), fresh);
        }
        store.insertRules(alert.id(), rulesHit(given, fresh));
        store.insertWatchers(alert.id(), told);
        store.rulesAdded(alert.id(), status, escalatesAt);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "safeguarding-alert", alert.id(), alert.siteId())
                .withDetail("rules added=" + fresh + (reopened ? "; reopened, the acknowledgement by "
                        + alert.acknowledgedByName() + " at " + alert.acknowledgedAt() + " kept as an earlier one" : "")
                        + " watchers=" + told.size()));
        emails.rulesAdded(alert.id(), alert.siteId(), store.watchers(alert.id()), fresh, reopened);
    }

    /**
     * The rules with their staff action as the response's instrument version states it. A rule the loaded files do
     * not know still raises the alert (safety first) with a plain instruction instead of losing it.
     */
    private List<AlertRuleHit> rulesHit(RiskAnswersGiven given, List<String> codes) {
        Optional<InstrumentDefinition> instrument = instruments.find(given.instrumentCode(), given.instrumentVersion());
        return codes.stream().map(code -> new AlertRuleHit(code, instrument
                .flatMap(definition -> definition.riskRules().stream().filter(rule -> rule.code().equals(code)).findFirst())
                .map(RiskRule::staffAction)
                .orElse("The instrument file for this rule is not loaded. Contact the family today and follow your"
                        + " safeguarding procedure."))).toList();
    }
}
