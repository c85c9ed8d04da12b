package org.babysteps.media.upload;

import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a chunk: its part, stored under a number of its own, is checked (length, checksum) and recorded under
 * the video's row lock, moving the offset on; a part that is refused, or loses the race to another request for the
 * same offset, has its blob removed, so only recorded parts stay in storage.
 */
@Component
class PartRecorder {

    private final VideoStore videos;
    private final VideoVault vault;
    private final Access access;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    PartRecorder(VideoStore videos, VideoVault vault, Access access, AuditLog auditLog,
                 TransactionTemplate transactions) {
        this.videos = videos;
        this.vault = vault;
        this.access = access;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    /**
     * @return the new offset, or null when the video was deleted while the chunk came in
     * @throws UploadRefused 413 past the declared length, 460 for a checksum that does not match, 409 when another
     *                       request for the same offset was recorded first; the part's blob is removed in each case
     */
    Long recordOrDiscard(UploadRow upload, int part, long offset, long written, byte[] received, byte[] sha256,
                         String type) {
        try {
            return verify(upload, part, offset, written, received, sha256, type);
        } catch (RuntimeException refused) {
            // this attempt's part is never recorded: remove its blob now rather than when the film goes
            discard(upload.id(), part);
            throw refused;
        }
    }

    private Long verify(UploadRow upload, int part, long offset, long written, byte[] received, byte[] sha256,
                        String type) {
        if (written > upload.declaredLength() - offset) {
            throw new UploadRefused(413, "This chunk runs past the film's declared length.");
        }
        if (sha256 != null && !Arrays.equals(sha256, received)) {
            throw new UploadRefused(460, "The chunk arrived damaged (its checksum does not match). Send it again.",
                    offset);
        }
        return record(upload.id(), part, offset, written, received, type);
    }

    void discard(UUID videoId, int part) {
        try {
            vault.deletePart(videoId, part);
        } catch (IOException | RuntimeException e) {
            // left for the film's deletion, which removes its whole folder; it is never read, having no row
        }
    }

    private Long record(UUID videoId, int part, long offset, long written, byte[] sha256, String type) {
        return transactions.execute(status -> {
            // the row lock waits for a deletion in progress, and a deleted video is not found: it never turns READY
            UploadRow now = videos.find(videoId, access.scope(), true).orElse(null);
            if (now == null) {
                if (videos.deleted(videoId, access.scope())) {
                    return null;
                }
                throw new NotFoundException("Upload");
            }
            if (now.receivedLength() != offset) {
                // another request for the same upload got there first: this chunk's part is never recorded
                throw new UploadRefused(409, "The upload moved on meanwhile; ask where it stands and carry on.",
                        now.receivedLength());
            }
            videos.addPart(videoId, part, offset, written, sha256, type);
            if (offset + written == now.declaredLength()) {
                auditLog.record(AuditRecord.of(AuditAction.UPDATE, "video", videoId, now.site())
                        .withDetail("upload complete, " + now.declaredLength() + " bytes"));
            }
            return offset + written;
        });
    }
}
