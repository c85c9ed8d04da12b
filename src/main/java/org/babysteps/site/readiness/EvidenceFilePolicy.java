package org.babysteps.site.readiness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.babysteps.platform.RuleViolationException;

/**
 * Which evidence files are accepted: a type on the list, detected from the content by Apache Tika, that agrees
 * with what the file's name says, and no bigger than the limit. A script renamed "letter.pdf" is refused.
 */
public final class EvidenceFilePolicy {

    /** What the name says, and the content types Tika may detect for such a file (Office files are zip packages). */
    private record Allowed(String contentType, Set<String> detected) {
    }

    private static final String OOXML = "application/x-tika-ooxml";
    private static final Map<String, Allowed> BY_EXTENSION = Map.of(
            "pdf", new Allowed("application/pdf", Set.of("application/pdf")),
            "png", new Allowed("image/png", Set.of("image/png")),
            "jpg", new Allowed("image/jpeg", Set.of("image/jpeg")),
            "jpeg", new Allowed("image/jpeg", Set.of("image/jpeg")),
            "docx", new Allowed("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document", OOXML)),
            "xlsx", new Allowed("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", OOXML)),
            "odt", new Allowed("application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text")),
            "txt", new Allowed("text/plain", Set.of("text/plain")));

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private final long maxBytes;

    public EvidenceFilePolicy(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The content type to store and serve the file with; otherwise says, about the "file" field, what is wrong. */
    public String check(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || content == null || content.length == 0) {
            throw new RuleViolationException("file", "Select a file to upload");
        }
        if (content.length > maxBytes) {
            throw new RuleViolationException("file", "The file must be smaller than " + megabytes(maxBytes));
        }
        Allowed allowed = BY_EXTENSION.get(extension(fileName));
        if (allowed == null) {
            throw new RuleViolationException("file", "The file must be a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx),"
                    + " OpenDocument text (.odt) or plain text (.txt) file");
        }
        String detected = detect(content);
        if (!allowed.detected().contains(detected)) {
            throw new RuleViolationException("file", "The file is not what its name says: " + fileName.trim()
                    + " is named as ." + extension(fileName) + " but its content is not. Upload the original file");
        }
        return allowed.contentType();
    }

    public long maxBytes() {
        return maxBytes;
    }

    private static String detect(byte[] content) {
        try {
            MediaType type = TYPES.detect(new ByteArrayInputStream(content), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    static String megabytes(long bytes) {
        return (bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024)) : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024))) + " MB";
    }
}
