package org.babysteps.outcomes.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertRuleHit;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.platform.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns risk answers into an alert at once: after the response commits, in its own transaction, retried by the
 * event publication registry if it fails. One alert per response, so a redelivered event raises nothing new and
 * sends no second email. Runs as a named system job (it may come from a parent's link, with nobody signed in).
 */
@Component
class AlertRaiser {

    private final AlertStore store;
    private final Instruments instruments;
    private final GroupQueries groups;
    private final AlertEmails emails;
    private final WorkingDayCalendar calendar;
    private final AuditLog auditLog;
    private final Clock clock;

    AlertRaiser(AlertStore store, Instruments instruments, GroupQueries groups, AlertEmails emails,
                WorkingDayCalendar calendar, AuditLog auditLog) {
        this.store = store;
        this.instruments = instruments;
        this.groups = groups;
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
        // the working day runs from when the parent answered, however late the event is delivered
        if (!store.insert(id, given, clock.instant(), calendar.workingDays().oneWorkingDayAfter(given.givenAt()))) {
            return;
        }
        store.insertRules(id, rulesHit(given));
        Set<UserId> facilitators = groups.facilitatorUsersOfFamily(given.familyId());
        store.insertWatchers(id, facilitators);
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "safeguarding-alert", id, given.siteId())
                .withDetail(given.instrumentCode() + " v" + given.instrumentVersion() + " rules=" + given.ruleCodes()
                        + " facilitators=" + facilitators.size()));
        emails.raised(id, given.siteId(), facilitators);
    }

    /**
     * The rules with their staff action as the response's instrument version states it. A rule the loaded files do
     * not know still raises the alert (safety first) with a plain instruction instead of losing it.
     */
    private List<AlertRuleHit> rulesHit(RiskAnswersGiven given) {
        Optional<InstrumentDefinition> instrument = instruments.find(given.instrumentCode(), given.instrumentVersion());
        return given.ruleCodes().stream().map(code -> new AlertRuleHit(code, instrument
                .flatMap(definition -> definition.riskRules().stream().filter(rule -> rule.code().equals(code)).findFirst())
                .map(RiskRule::staffAction)
                .orElse("The instrument file for this rule is not loaded. Contact the family today and follow your"
                        + " safeguarding procedure."))).toList();
    }
}
