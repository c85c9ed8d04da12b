package org.babysteps.media.playback;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.media.vault.VideoVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes a byte range of a film, decrypting only the parts and segments that hold it, a small buffer at a time, so
 * memory stays flat whatever the film's size. The vault verifies every segment before handing out its bytes; a part
 * that fails is logged and ends the response, so nothing unverified is ever served.
 */
@Service
public class FilmStreamer {

    private static final Logger LOG = LoggerFactory.getLogger(FilmStreamer.class);
    private static final int BUFFER = 64 * 1024;

    private final VideoVault vault;
    private final AuditLog auditLog;

    FilmStreamer(VideoVault vault, AuditLog auditLog) {
        this.vault = vault;
        this.auditLog = auditLog;
    }

    /**
     * @param first the first byte, 0-based; {@code last} the last one, inclusive (within the film)
     * @throws FilmUnreadable when a part fails its integrity check or cannot be read
     * @throws IOException    when writing fails (the viewer went away)
     */
    public void write(PlayableFilm film, long first, long last, OutputStream out) throws IOException {
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "video-bytes", film.id(), film.siteId())
                .withDetail("bytes " + first + "-" + last + " of " + film.length()));
        byte[] buffer = new byte[BUFFER];
        for (PartSpan span : PartSpans.covering(film.parts(), first, last)) {
            try (InputStream in = open(film, span)) {
                long remaining = span.length();
                while (remaining > 0) {
                    int read = read(film, span, in, buffer, (int) Math.min(buffer.length, remaining));
                    out.write(buffer, 0, read);
                    remaining -= read;
                }
            }
        }
        out.flush();
    }

    private InputStream open(PlayableFilm film, PartSpan span) {
        try {
            return vault.readPart(film.id(), film.key(), span.part(), span.offset(), span.length());
        } catch (IOException | RuntimeException e) {
            throw unreadable(film, span, e);
        }
    }

    private static int read(PlayableFilm film, PartSpan span, InputStream in, byte[] buffer, int wanted) {
        try {
            int read = in.read(buffer, 0, wanted);
            if (read < 0) {
                throw new EOFException("the part ended before its recorded length");
            }
            return read;
        } catch (IOException | RuntimeException e) {
            throw unreadable(film, span, e);
        }
    }

    private static FilmUnreadable unreadable(PlayableFilm film, PartSpan span, Exception cause) {
        LOG.error("Film {} part {} failed its integrity check or could not be read; the response was cut off there",
                film.id(), span.part(), cause);
        return new FilmUnreadable("Part " + span.part() + " of film " + film.id() + " cannot be read: " + cause, cause);
    }
}
