package org.babysteps.media.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;
import org.apache.commons.io.input.BoundedInputStream;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.media.Films;
import org.babysteps.media.vault.VideoVault;
import org.babysteps.media.vault.WrappedKey;
import org.babysteps.platform.NotFoundException;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.Programmes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumable uploads of talk and listen time films (the tus protocol's creation, offset and checksum parts). Each chunk
 * is encrypted as it streams in and stored as one part; only when it has arrived whole and its checksum matches is
 * the part recorded and the offset moved on, so a cut connection or a killed server loses at most the chunk in
 * flight and the client sends it again. A film is playable only once every declared byte has arrived.
 */
@Service
public class Uploads implements Films {

    private final VideoStore videos;
    private final VideoVault vault;
    private final Families families;
    private final Programmes programmes;
    private final Access access;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final UploadLimits limits;
    private final PartRecorder parts;

    Uploads(VideoStore videos, VideoVault vault, Families families, Programmes programmes, Access access,
            AuditLog auditLog, TransactionTemplate transactions, PartRecorder parts,
            @Value("${babysteps.media.max-bytes:2147483648}") long maxBytes) {
        this.parts = parts;
        this.videos = videos;
        this.vault = vault;
        this.families = families;
        this.programmes = programmes;
        this.access = access;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.limits = new UploadLimits(maxBytes);
    }

    public long maxBytes() {
        return limits.maxBytes();
    }

    /**
     * Starts an upload for a family's home visit with talk and listen time.
     *
     * @param contactCode the visit, or null for the programme's (first) visit with talk and listen time
     *
     * @throws NotFoundException for a family the caller may not see or a visit without talk and listen time
     * @throws UploadRefused     without current consent to filming, or for a length over the limit
     */
    public UUID start(FamilyId familyId, String contactCode, long length) {
        FamilySummary family = families.find(familyId).orElseThrow(() -> new NotFoundException("Family"));
        ContactDefinition visit = programmes.defaultProgramme().homeVisits().stream()
                .filter(definition -> definition.talkAndListenTime()
                        && (contactCode == null || definition.code().equals(contactCode)))
                .findFirst().orElseThrow(() -> new NotFoundException("Home visit"));
        limits.checkDeclared(length);
        requireFilmingConsent(familyId);
        CurrentUser user = access.currentUser();
        UUID videoId = UUID.randomUUID();
        WrappedKey key = vault.newKey(videoId);
        transactions.executeWithoutResult(status -> {
            videos.insert(new NewUpload(videoId, family.siteId().value(), familyId.value(), visit.code(),
                    visit.title(), length, user.userId().value(), user.displayName()), key.bytes());
            auditLog.record(AuditRecord.of(AuditAction.CREATE, "video", videoId, family.siteId())
                    .withDetail("upload started for family " + familyId + ", " + length + " bytes"));
        });
        return videoId;
    }

    /** What the family's talk and listen time page shows: the family, whether filming may go ahead, its films. */
    public FilmingPage page(FamilyId familyId) {
        FamilySummary family = families.find(familyId).orElseThrow(() -> new NotFoundException("Family"));
        List<FamilyFilm> films = transactions.execute(status -> videos.ofFamily(familyId.value(), access.scope()));
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "video-list", familyId, family.siteId())
                .withDetail(films.size() + " films listed"));
        return new FilmingPage(family, families.hasConsent(familyId, ConsentPurpose.FILMING), films, limits.maxBytes());
    }

    @Override
    public UUID store(FamilyId familyId, InputStream film, long length) throws IOException {
        UUID videoId = start(familyId, null, length);
        if (append(videoId, 0, null, length, film) != length) {
            throw new UploadRefused(400, "The film was shorter than its declared length.");
        }
        return videoId;
    }

    /** How far an upload has got, for the caller who started it. */
    public UploadProgress progress(UUID videoId) {
        UploadRow upload = ownUpload(videoId);
        return new UploadProgress(upload.receivedLength(), upload.declaredLength());
    }

    /**
     * Adds the next chunk, which must start where the upload stands.
     *
     * @param sha256        the chunk's SHA-256 as the client computed it, or null when it sent none
     * @param contentLength the chunk's size in bytes, or -1 when not declared
     * @return the new offset
     */
    public long append(UUID videoId, long offset, byte[] sha256, long contentLength, InputStream body) throws IOException {
        UploadRow upload = ownUpload(videoId);
        if (!upload.demonstration()) {
            // a demonstration film shows actors or staff who agreed to be filmed for training: no family's consent
            requireFilmingConsent(new FamilyId(upload.familyId()));
        }
        limits.checkChunk(upload, offset, contentLength);
        int part = transactions.execute(status -> videos.claimPart(videoId));
        long remaining = upload.declaredLength() - offset;
        MessageDigest digest = sha256();
        // one byte more than may come, so a chunk running past the declared length is caught
        BufferedInputStream in = VideoContent.buffered(BoundedInputStream.builder().setInputStream(body)
                .setMaxCount(remaining + 1).get());
        String type = offset == 0 ? VideoContent.detect(in) : null;
        long written;
        try {
            written = vault.writePart(videoId, new WrappedKey(upload.wrappedKey()), part, new DigestInputStream(in, digest));
        } catch (IOException e) {
            // deleting the video meanwhile removes its folder under a part being written
            if (transactions.execute(status -> videos.deleted(videoId, access.scope()))) {
                throw deletedMeanwhile(upload);
            }
            throw e;
        }
        if (written == 0) {
            parts.discard(videoId, part);
            return offset;
        }
        Long recorded = parts.recordOrDiscard(upload, part, offset, written, digest.digest(), sha256, type);
        if (recorded == null) {
            // deleted (consent to filming withdrawn) while this chunk streamed in: its data key is gone, so the part
            // just stored is unreadable; remove it now, or leave it to the retention sweep if storage fails
            try {
                vault.deleteVideo(videoId);
            } catch (IOException | RuntimeException e) {
                transactions.executeWithoutResult(status -> videos.leftPartsBehind(videoId));
            }
            throw deletedMeanwhile(upload);
        }
        return recorded;
    }

    private static UploadRefused deletedMeanwhile(UploadRow upload) {
        return new UploadRefused(410, upload.demonstration() ? "This demonstration film has been deleted."
                : "This film has been deleted because the family's consent to filming was withdrawn.");
    }

    /** Only the person who started an upload carries it on; anyone else, like another site, finds nothing. */
    private UploadRow ownUpload(UUID videoId) {
        UploadRow upload = transactions.execute(status -> videos.find(videoId, access.scope(), false))
                .orElseThrow(() -> new NotFoundException("Upload"));
        if (!upload.createdBy().equals(access.currentUser().userId().value())) {
            throw new NotFoundException("Upload");
        }
        return upload;
    }

    private void requireFilmingConsent(FamilyId familyId) {
        if (!families.hasConsent(familyId, ConsentPurpose.FILMING)) {
            throw new UploadRefused(403, "The family's consent to filming is not recorded, or has been withdrawn, so"
                    + " talk and listen time cannot be filmed or uploaded.");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
