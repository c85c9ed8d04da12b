package org.babysteps.media.parentlink;

import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.media.retention.FilmDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a film is deleted (consent withdrawn, retention, a demonstration deleted) its links are closed and forget the
 * parent's name, in the deleting transaction (a plain, synchronous listener): they could no longer open anything, but
 * the name is personal data with no purpose left. Each closed link is audited with the parent's participant id, which
 * the row keeps too, as the record of who was given access.
 */
@Component
class DeletedFilmLinks {

    private final ParentLinkStore store;
    private final AuditLog auditLog;

    DeletedFilmLinks(ParentLinkStore store, AuditLog auditLog) {
        this.store = store;
        this.auditLog = auditLog;
    }

    @EventListener
    void on(FilmDeleted deleted) {
        String why = "film deleted: " + deleted.reason();
        for (ParentLink link : store.closeForDeletedFilm(deleted.videoId(), why)) {
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, "video-parent-link", link.id(), link.siteId())
                    .withDetail("closed and the parent's name removed, " + why + " (for parent " + link.participantId()
                            + " to watch video " + deleted.videoId() + ")"));
        }
    }
}
