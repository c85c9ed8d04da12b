package org.babysteps.media.playback.web;

import java.util.List;
import org.springframework.http.HttpRange;

/**
 * What a film request asks for (RFC 9110 range requests): without a Range header, or with one that cannot be parsed
 * or asks for several ranges, the whole film (200); one range within the film, that range (206); one that starts past
 * the end, nothing (416). Parsing is Spring's {@link HttpRange}.
 */
record ByteRangeSelection(int status, long first, long last, long length) {

    static ByteRangeSelection of(String rangeHeader, long length) {
        ByteRangeSelection whole = new ByteRangeSelection(200, 0, length - 1, length);
        if (rangeHeader == null || rangeHeader.isBlank()) {
            return whole;
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(rangeHeader);
        } catch (IllegalArgumentException malformed) {
            return whole; // a Range header that is not valid is ignored (RFC 9110, 14.2)
        }
        if (ranges.size() != 1) {
            return whole; // players ask for one range; several would need multipart answers, which a server may skip
        }
        long first = ranges.get(0).getRangeStart(length);
        long last = ranges.get(0).getRangeEnd(length);
        if (first >= length || last < first) {
            return new ByteRangeSelection(416, 0, -1, length);
        }
        return new ByteRangeSelection(206, first, last, length);
    }

    boolean satisfiable() {
        return status != 416;
    }

    long contentLength() {
        return last - first + 1;
    }

    /** The Content-Range header: the bytes sent of the whole, or for 416 only the whole length. */
    String contentRange() {
        return satisfiable() ? "bytes " + first + "-" + last + "/" + length : "bytes */" + length;
    }
}
