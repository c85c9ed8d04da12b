package org.babysteps.outcomes.alert;

import java.time.Instant;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates to the site's leads every alert still open one working day after the answers were given. Safe on
 * several nodes: the status change is a conditional UPDATE that only one node wins for each alert, and the email
 * key names the alert, so each lead is told once.
 */
@Component
class AlertEscalation {

    private final AlertStore store;
    private final AlertEmails emails;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    AlertEscalation(AlertStore store, AlertEmails emails, AuditLog auditLog, TransactionTemplate transaction) {
        this.store = store;
        this.emails = emails;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${babysteps.alerts.escalation-cron:0 */5 * * * *}", zone = "Europe/London")
    void onSchedule() {
        run(Instant.now());
    }

    /** Escalates the alerts due by {@code now}; returns how many this run escalated. */
    int run(Instant now) {
        int[] escalated = {0};
        SystemIdentity.runAs("safeguarding-alert-escalation", Set.of(Role.LICENSOR_ADMIN), () ->
                transaction.executeWithoutResult(status -> store.escalateDue(now).forEach(alert -> {
                    auditLog.record(AuditRecord.of(AuditAction.UPDATE, "safeguarding-alert", alert.id(), alert.siteId())
                            .withDetail("escalated: not acknowledged within one working day"));
                    emails.escalated(alert.id(), alert.siteId(), alert.reopenings());
                    escalated[0]++;
                })));
        return escalated[0];
    }
}
