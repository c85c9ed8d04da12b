package org.babysteps.outcomes.reference;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.outcomes.ReferenceSd;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out and stores an instrument's reference SD for a day, once: safe on several nodes because the day's row is
 * inserted with "on conflict do nothing". Runs as a named system job in a transaction of its own, so a reader that
 * triggers it from a read-only request still stores it, and the audit trail says which job set every analysis's
 * yardstick and to what.
 */
@Component
class ReferenceSdCalculation {

    static final String RECORD_TYPE = "outcome-reference-sd";

    private final AllSitesBaselineSpread spread;
    private final ReferenceSdStore store;
    private final AuditLog auditLog;
    private final TransactionTemplate ownTransaction;

    ReferenceSdCalculation(AllSitesBaselineSpread spread, ReferenceSdStore store, AuditLog auditLog,
                           PlatformTransactionManager transactionManager) {
        this.spread = spread;
        this.store = store;
        this.auditLog = auditLog;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores the day's figure of an instrument unless there already is one; true when this call stored it. */
    boolean computeIfNone(String instrumentCode, LocalDate day) {
        boolean[] stored = {false};
        SystemIdentity.runAs("outcome-reference-sd", Set.of(Role.LICENSOR_ADMIN), () ->
                ownTransaction.executeWithoutResult(status -> {
                    if (store.has(instrumentCode, day)) {
                        return;
                    }
                    AllSitesBaselineSpread.Spread measured = spread.of(instrumentCode);
                    ReferenceSd reference = new ReferenceSd(instrumentCode, measured.sd(), measured.baselines(), day);
                    if (store.addIfNone(reference)) {
                        auditLog.record(AuditRecord.of(AuditAction.CREATE, RECORD_TYPE, instrumentCode + " " + day, null)
                                .withDetail("all sites' baseline SD " + (reference.sd() == null ? "none"
                                        : String.format(Locale.UK, "%.3f", reference.sd())) + " from "
                                        + reference.baselines() + " parents"));
                        stored[0] = true;
                    }
                }));
        return stored[0];
    }
}
