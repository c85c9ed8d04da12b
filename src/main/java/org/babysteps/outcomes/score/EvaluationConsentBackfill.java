package org.babysteps.outcomes.score;

import java.util.List;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sets the evaluation-consent mark of responses stored before it existed (the migration left them null), by asking
 * the family module which of their families have current consent to evaluation use: outcomes never reads family
 * tables. Runs at start-up, a batch per transaction; once done it finds nothing and costs one empty index lookup.
 * Until then those responses are left out of analysis, so nothing is used without known consent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationConsentBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationConsentBackfill.class);
    private static final int BATCH = 1000;

    private final EvaluationConsentFlags flags;
    private final Families families;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    EvaluationConsentBackfill(EvaluationConsentFlags flags, Families families, AuditLog auditLog,
                              PlatformTransactionManager transactionManager) {
        this.flags = flags;
        this.families = families;
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.runAs("evaluation-consent-backfill", Set.of(Role.LICENSOR_ADMIN), () -> {
            int families = 0;
            for (int settled = settleBatch(); settled > 0; settled = settleBatch()) {
                families += settled;
            }
            if (families > 0) {
                log.info("Evaluation consent checked for the responses of {} families stored before it was kept", families);
            }
        });
    }

    /** Settles one batch; the number of families settled, 0 when nothing is left. */
    int settleBatch() {
        Integer settled = transactions.execute(status -> {
            List<FamilyId> unknown = flags.unknown(BATCH);
            if (unknown.isEmpty()) {
                return 0;
            }
            Set<FamilyId> current = families.withConsent(unknown, ConsentPurpose.EVALUATION_USE);
            flags.settle(unknown, current);
            auditLog.record(new AuditRecord(AuditAction.UPDATE, "questionnaire-response", null, null,
                    "evaluation consent backfill: " + unknown.size() + " families, "
                            + (unknown.size() - current.size()) + " left out of evaluation"));
            return unknown.size();
        });
        return settled == null ? 0 : settled;
    }
}
