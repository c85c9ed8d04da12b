package org.babysteps.outcomes.link;

import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits an attempt on a link that was refused. The attempt's own audit record rolls back with everything else it
 * did, so the refusal is written in a transaction of its own: every use of a link stays on the trail, including
 * answers refused and links used after they expired.
 */
@Component
class RefusedLinkAttempts {

    /** The audit detail column holds 1000 characters. */
    private static final int MAX_DETAIL = 1000;

    private final AuditLog auditLog;

    RefusedLinkAttempts(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** Call as the link's parent (see {@link org.babysteps.identity.LinkHolder}), so the trail names them as the actor. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(LinkRecord link, String what, RuntimeException refusal) {
        String detail = LinkRecord.HOLDER + " " + link.id() + ": " + what + " - refused: " + refusal.getMessage();
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "questionnaire-link", link.id(), link.siteId())
                .withDetail(detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail));
    }
}
