package org.babysteps.media.upload;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Checks by content, not by name, that a film's first bytes are a video in a common container (the browser's own
 * WebM or MP4 recordings, or a camera's MP4, MOV or MKV file).
 */
final class VideoContent {

    /** Bytes looked at: container headers sit at the very start. */
    static final int SNIFF_BYTES = 64 * 1024;

    /** Tika's core names any EBML (Matroska) container so; a browser's WebM recording is one. */
    private static final String MATROSKA = "application/x-matroska";

    private static final Set<String> VIDEO_TYPES = Set.of("video/webm", "video/mp4", "video/quicktime",
            "video/x-matroska", "video/3gpp", "video/x-m4v", "application/mp4", MATROSKA);

    private static final Tika TIKA = new Tika();

    private VideoContent() {
    }

    /**
     * The type to serve a stream as, detected from its start; the stream is handed back unread.
     *
     * @throws UploadRefused 415 when it is not a video
     */
    static String detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES + 1);
        byte[] start = in.readNBytes(SNIFF_BYTES);
        in.reset();
        String type = TIKA.detect(start);
        if (!VIDEO_TYPES.contains(type)) {
            throw new UploadRefused(415, "This file is not a video we can play (it looks like " + type
                    + "). Upload an MP4, MOV, WebM or MKV film.");
        }
        // browsers play Matroska containers of browser codecs as WebM, the type they record in
        return type.equals(MATROSKA) || type.equals("video/x-matroska") ? "video/webm" : type;
    }

    static BufferedInputStream buffered(InputStream in) {
        return new BufferedInputStream(in, SNIFF_BYTES + 1);
    }
}
