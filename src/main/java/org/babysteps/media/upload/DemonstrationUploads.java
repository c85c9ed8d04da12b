package org.babysteps.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.media.DemonstrationFilms;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.media.vault.WrappedKey;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads of the licensor's demonstration films. Only their start differs from a family's film: licensor staff start
 * one with a title and a description, for no site and no family. From then on the chunks go through the same
 * resumable protocol, content check, size limit and encryption as every film ({@link Uploads#append}).
 *
 * <p>No family's consent applies: demonstration films show actors or staff who agreed to be filmed for training, and
 * no family's home.
 */
@Service
public class DemonstrationUploads implements DemonstrationFilms {

    private final Uploads uploads;
    private final VideoStore videos;
    private final VideoVault vault;
    private final Access access;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    DemonstrationUploads(Uploads uploads, VideoStore videos, VideoVault vault, Access access, AuditLog auditLog,
                         TransactionTemplate transactions) {
        this.uploads = uploads;
        this.videos = videos;
        this.vault = vault;
        this.access = access;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    /**
     * Starts an upload of a demonstration film; the caller then sends its chunks like any other upload's.
     *
     * @throws DemonstrationRefused without a title or a description, or with ones too long
     * @throws UploadRefused        for a length over the limit
     */
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    public UUID start(String title, String description, long length) {
        DemonstrationDetails details = DemonstrationDetails.checked(title, description);
        new UploadLimits(uploads.maxBytes()).checkDeclared(length);
        CurrentUser user = access.currentUser();
        UUID videoId = UUID.randomUUID();
        WrappedKey key = vault.newKey(videoId);
        transactions.executeWithoutResult(status -> {
            videos.insertDemonstration(videoId, details, length, key.bytes(), user.userId().value(), user.displayName());
            auditLog.record(AuditRecord.of(AuditAction.CREATE, "video", videoId, null)
                    .withDetail("demonstration film \"" + details.title() + "\" upload started, " + length + " bytes"));
        });
        return videoId;
    }

    @Override
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    public UUID store(String title, String description, InputStream film, long length) throws IOException {
        UUID videoId = start(title, description, length);
        if (uploads.append(videoId, 0, null, length, film) != length) {
            throw new UploadRefused(400, "The film was shorter than its declared length.");
        }
        return videoId;
    }
}
