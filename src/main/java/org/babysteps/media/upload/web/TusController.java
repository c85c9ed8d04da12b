package org.babysteps.media.upload.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.media.upload.DemonstrationRefused;
import org.babysteps.media.upload.DemonstrationUploads;
import org.babysteps.media.upload.UploadProgress;
import org.babysteps.media.upload.UploadRefused;
import org.babysteps.media.upload.Uploads;
import org.babysteps.platform.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tus 1.0.0 resumable upload protocol (core, creation and checksum with SHA-256) for talk and listen time films.
 * The browser creates an upload for a home visit, then sends the film in chunks; after a lost connection it asks where
 * the upload stands (HEAD) and carries on from there. Refusals are problem details (RFC 9457).
 */
@RestController
class TusController {

    static final String VERSION = "1.0.0";

    private final Uploads uploads;
    private final DemonstrationUploads demonstrations;

    TusController(Uploads uploads, DemonstrationUploads demonstrations) {
        this.uploads = uploads;
        this.demonstrations = demonstrations;
    }

    @RequestMapping(path = "/media/uploads", method = RequestMethod.OPTIONS)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'SITE_LEAD')")
    ResponseEntity<Void> options() {
        return ResponseEntity.noContent().header("Tus-Resumable", VERSION).header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation,checksum").header("Tus-Checksum-Algorithm", "sha256")
                .header("Tus-Max-Size", String.valueOf(uploads.maxBytes())).build();
    }

    /** A film of the family's home visit with talk and listen time; {@code visit} names it when a programme has two. */
    @RequestMapping(path = "/families/{familyId}/videos", method = RequestMethod.POST)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'SITE_LEAD')")
    ResponseEntity<Void> create(@PathVariable UUID familyId, @RequestParam(name = "visit", required = false) String visit,
                                @RequestHeader(name = "Upload-Length", required = false) Long length,
                                @RequestHeader(name = "Tus-Resumable", required = false) String version) {
        checkVersion(version);
        UUID id = uploads.start(new FamilyId(familyId), visit, length == null ? 0 : length);
        return ResponseEntity.created(URI.create("/media/uploads/" + id)).header("Tus-Resumable", VERSION).build();
    }

    /**
     * A demonstration film of the licensor's, its title and description in Upload-Metadata; its chunks then go to
     * the same upload address as every film's.
     */
    @RequestMapping(path = "/demonstration-films/videos", method = RequestMethod.POST)
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    ResponseEntity<Void> createDemonstration(@RequestHeader(name = "Upload-Length", required = false) Long length,
                                             @RequestHeader(name = "Upload-Metadata", required = false) String metadata,
                                             @RequestHeader(name = "Tus-Resumable", required = false) String version) {
        checkVersion(version);
        Map<String, String> details = UploadMetadata.parse(metadata);
        UUID id = demonstrations.start(details.get("title"), details.get("description"), length == null ? 0 : length);
        return ResponseEntity.created(URI.create("/media/uploads/" + id)).header("Tus-Resumable", VERSION).build();
    }

    // licensor staff carry on the demonstration films they started; an upload is only ever its starter's
    @RequestMapping(path = "/media/uploads/{uploadId}", method = RequestMethod.HEAD)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'SITE_LEAD', 'LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    ResponseEntity<Void> offset(@PathVariable("uploadId") UUID id) {
        UploadProgress progress = uploads.progress(id);
        return ResponseEntity.ok().header("Tus-Resumable", VERSION)
                .header("Upload-Offset", String.valueOf(progress.offset()))
                .header("Upload-Length", String.valueOf(progress.length()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @RequestMapping(path = "/media/uploads/{uploadId}", method = RequestMethod.PATCH)
    @PreAuthorize("hasAnyRole('FACILITATOR', 'SITE_LEAD', 'LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    ResponseEntity<Void> append(@PathVariable("uploadId") UUID id,
                                @RequestHeader(name = "Upload-Offset", required = false) Long offset,
                                @RequestHeader(name = "Upload-Checksum", required = false) String checksum,
                                @RequestHeader(name = "Tus-Resumable", required = false) String version,
                                HttpServletRequest request) throws IOException {
        uploads.progress(id); // someone else's upload, or none, is not found whatever the request looks like
        checkVersion(version);
        if (offset == null) {
            throw new UploadRefused(400, "Say where this chunk starts (Upload-Offset).");
        }
        if (!"application/offset+octet-stream".equals(request.getContentType())) {
            throw new UploadRefused(415, "Send the chunk as application/offset+octet-stream.");
        }
        long next = uploads.append(id, offset, sha256(checksum), request.getContentLengthLong(), request.getInputStream());
        return ResponseEntity.noContent().header("Tus-Resumable", VERSION).header("Upload-Offset", String.valueOf(next))
                .build();
    }

    @ExceptionHandler(UploadRefused.class)
    ResponseEntity<ProblemDetail> refused(UploadRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refused.status() == 460 ? 400
                : refused.status()), refused.getMessage());
        problem.setTitle("Upload refused");
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status()).header("Tus-Resumable", VERSION);
        if (refused.offset() != null) {
            response.header("Upload-Offset", String.valueOf(refused.offset()));
            problem.setProperty("offset", refused.offset());
        }
        problem.setStatus(refused.status());
        return response.body(problem);
    }

    /** 422 with each problem for its field, so the page shows it next to the field. */
    @ExceptionHandler(DemonstrationRefused.class)
    ResponseEntity<ProblemDetail> incomplete(DemonstrationRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refused.getMessage());
        problem.setTitle("Upload refused");
        problem.setProperty("errors", refused.problems().stream()
                .map(rule -> Map.of("field", rule.field(), "message", rule.getMessage())).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).header("Tus-Resumable", VERSION).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such upload, or not one you may see.");
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static void checkVersion(String version) {
        if (version != null && !VERSION.equals(version)) {
            throw new UploadRefused(412, "Only tus " + VERSION + " is spoken here.");
        }
    }

    /** "sha256 <base64>", as tus's checksum extension sends it; any other algorithm is refused. */
    private static byte[] sha256(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.trim().split(" ", 2);
        if (parts.length != 2 || !parts[0].equals("sha256")) {
            throw new UploadRefused(400, "Checksums must be SHA-256 (Upload-Checksum: sha256 <base64>).");
        }
        try {
            return Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new UploadRefused(400, "The checksum is not valid base64.");
        }
    }
}
