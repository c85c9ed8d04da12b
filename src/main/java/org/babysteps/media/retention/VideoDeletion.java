package org.babysteps.media.retention;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.platform.SiteId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes videos by crypto-shredding first, storage second. In one transaction the row becomes DELETED, its wrapped
 * data key is destroyed and its part records go, with an audit record, and {@link FilmDeleted} closes its parent
 * links; from that commit on no copy of the encrypted parts anywhere (a backup, a replica, a file storage failed to
 * remove) can ever be decrypted. Only then are the parts removed from storage; if storage is down the row keeps
 * {@code parts_removed_at} empty and {@link #sweep} removes them later. The row itself stays: it is the record that
 * the video existed and when and why it was deleted.
 */
@Service
public class VideoDeletion {

    private static final Logger log = LoggerFactory.getLogger(VideoDeletion.class);
    private static final int SWEEP_BATCH = 500;

    private final DeletionStore store;
    private final VideoVault vault;
    private final Access access;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final ApplicationEventPublisher events;

    VideoDeletion(DeletionStore store, VideoVault vault, Access access, AuditLog auditLog,
                  PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.vault = vault;
        this.access = access;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Deletes one family's film of the caller's sites for a reason; a demonstration film's id deletes nothing. Waits for
     * anyone holding the row (an upload recording a chunk, another node deleting it) and does nothing when it is
     * deleted already or not visible.
     *
     * @return whether this call deleted it
     */
    public boolean deleteFamilyFilm(UUID videoId, String reason) {
        return delete(() -> store.lockLive(videoId, VideoKind.FAMILY, access.scope()), reason);
    }

    /**
     * Deletes one of the licensor's demonstration films for a reason, as {@link #deleteFamilyFilm} does a family's; a
     * family film's id deletes nothing.
     *
     * @return whether this call deleted it
     */
    public boolean deleteDemonstration(UUID videoId, String reason) {
        return delete(() -> store.lockLive(videoId, VideoKind.DEMONSTRATION, access.scope()), reason);
    }

    /**
     * Deletes the uploads of either kind that nothing has touched for {@code days}: failed or given up, they would keep
     * their row, wrapped key and parts forever. A film that is ready is never one of them, and an upload that moves
     * again before its row is locked is left alone.
     *
     * @return how many this call deleted
     */
    public int deleteAbandonedUploads(int days, String reason) {
        List<UUID> abandoned = transaction.execute(status -> store.abandoned(days, access.scope()));
        int deleted = 0;
        for (UUID upload : abandoned) {
            deleted += delete(() -> store.lockAbandoned(upload, days, access.scope()), reason) ? 1 : 0;
        }
        return deleted;
    }

    /**
     * Deletes the video that {@code lock} finds and locks, in one transaction. Each public method's lock says which
     * videos it may delete (the kind, or an abandoned upload), in SQL, so no caller deletes another kind by its id.
     */
    private boolean delete(Supplier<Optional<DeletionStore.LiveVideo>> lock, String reason) {
        Boolean deleted = transaction.execute(status -> lock.get().map(video -> {
            store.markDeleted(video.id(), reason);
            int parts = store.deleteParts(video.id());
            int notes = store.deleteNotes(video.id());
            // a demonstration film belongs to no site
            SiteId site = video.siteId() == null ? null : new SiteId(video.siteId());
            auditLog.record(AuditRecord.of(AuditAction.DELETE, "video", video.id(), site)
                    .withDetail("reason: " + reason + "; was " + video.status() + " with " + parts + " parts and "
                            + notes + " notes; data key destroyed, encrypted parts to be removed from storage"));
            // the film's parent links close in this transaction too
            events.publishEvent(new FilmDeleted(video.id(), reason));
            // after the whole surrounding transaction commits: were it rolled back, the key would still be there
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    removeParts(video.id());
                }
            });
            return true;
        }).orElse(false));
        return Boolean.TRUE.equals(deleted);
    }

    /** Deletes every film of a family that is not deleted yet, ready or still uploading. */
    public int deleteFilmsOfFamily(UUID familyId, String reason) {
        List<UUID> films = transaction.execute(status -> store.filmsOfFamily(familyId, access.scope()));
        int deleted = 0;
        for (UUID film : films) {
            deleted += deleteFamilyFilm(film, reason) ? 1 : 0;
        }
        return deleted;
    }

    /** Removes from storage the parts of deleted videos that are still there (storage was down when they were deleted). */
    public int sweep() {
        List<UUID> unswept = transaction.execute(status -> store.unswept(access.scope(), SWEEP_BATCH));
        int removed = 0;
        for (UUID video : unswept) {
            removed += removeParts(video) ? 1 : 0;
        }
        return removed;
    }

    private boolean removeParts(UUID videoId) {
        try {
            vault.deleteVideo(videoId);
        } catch (Exception e) {
            // the data key is already destroyed, so what is left is unreadable; the daily sweep tries again
            log.warn("Encrypted parts of deleted video {} could not be removed from storage yet: {}", videoId, e.toString());
            return false;
        }
        separately.executeWithoutResult(status -> store.markPartsRemoved(videoId));
        return true;
    }
}
