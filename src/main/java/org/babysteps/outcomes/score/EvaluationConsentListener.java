package org.babysteps.outcomes.score;

import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.ConsentGiven;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.ConsentWithdrawn;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.platform.SiteId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a family's answers out of evaluation while their consent to evaluation use is not current: on a withdrawal
 * every analysis, report and export leaves them out, and on consent given again they come back. Each event only
 * says "look again": the mark is set from the family module's answer now, so events handled late or out of order
 * still leave it right. Runs after the consent change commits, retried by the event publication registry.
 */
@Component
class EvaluationConsentListener {

    private final Families families;
    private final EvaluationConsentFlags flags;
    private final AuditLog auditLog;

    EvaluationConsentListener(Families families, EvaluationConsentFlags flags, AuditLog auditLog) {
        this.families = families;
        this.flags = flags;
        this.auditLog = auditLog;
    }

    @ApplicationModuleListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.EVALUATION_USE) {
            refresh(withdrawn.familyId(), withdrawn.siteId());
        }
    }

    @ApplicationModuleListener
    void on(ConsentGiven given) {
        if (given.purpose() == ConsentPurpose.EVALUATION_USE) {
            refresh(given.familyId(), given.siteId());
        }
    }

    private void refresh(FamilyId family, SiteId site) {
        SystemIdentity.runAs("evaluation-consent", Set.of(Role.LICENSOR_ADMIN), () -> {
            boolean withdrawn = !families.hasConsent(family, ConsentPurpose.EVALUATION_USE);
            int changed = flags.mark(family, withdrawn);
            if (changed > 0) {
                auditLog.record(AuditRecord.of(AuditAction.UPDATE, "questionnaire-response", null, site)
                        .withDetail("family " + family + ": " + changed + " responses " + (withdrawn
                                ? "left out of evaluation (consent to evaluation use withdrawn)"
                                : "used in evaluation again (consent to evaluation use given)")));
            }
        });
    }
}
