package org.babysteps.audit;

import org.babysteps.audit.internal.AuditAppender;
import org.babysteps.audit.internal.RequestOrigin;
import org.babysteps.platform.IdentifiedPrincipal;
import org.babysteps.platform.UserId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The one way modules write to the audit trail. */
@Service
public class AuditLog {

    private final AuditAppender appender;

    AuditLog(AuditAppender appender) {
        this.appender = appender;
    }

    /** Records an action by the signed-in user, from the current request's address. */
    public void record(AuditRecord record) {
        recordAll(java.util.List.of(record));
    }

    /** Records several records at once (each family shown on one page), in one short transaction. */
    public void recordAll(java.util.List<AuditRecord> records) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof IdentifiedPrincipal principal) {
            appender.appendAll(principal.userId(), principal.username(), RequestOrigin.currentAddress(), records);
        } else {
            appender.appendAll(null, authentication == null ? "anonymous" : authentication.getName(),
                    RequestOrigin.currentAddress(), records);
        }
    }

    /** Records an action by someone not (yet) signed in, such as a failed login for the name they typed. */
    public void recordAs(UserId actorId, String actorName, AuditRecord record) {
        appender.append(actorId, actorName, RequestOrigin.currentAddress(), record);
    }
}
