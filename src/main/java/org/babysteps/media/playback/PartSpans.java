package org.babysteps.media.playback;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts, and which bytes of each, hold a range of the whole film. The parts' recorded offsets, not their
 * numbers, place them, so a range that crosses a part boundary reads the end of one and the start of the next.
 */
final class PartSpans {

    private PartSpans() {
    }

    /**
     * @param parts the film's parts in order, each starting where the previous ended
     * @param first the first byte wanted, 0-based
     * @param last  the last byte wanted, inclusive
     */
    static List<PartSpan> covering(List<FilmPart> parts, long first, long last) {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("Not a range: " + first + "-" + last);
        }
        List<PartSpan> spans = new ArrayList<>();
        long next = first;
        for (FilmPart part : parts) {
            if (part.end() <= next) {
                continue;
            }
            if (part.offset() > last) {
                break;
            }
            if (part.offset() > next) {
                throw new IllegalStateException("No part holds byte " + next + " (part " + part.part() + " starts at "
                        + part.offset() + ")");
            }
            long end = Math.min(part.end() - 1, last);
            spans.add(new PartSpan(part.part(), next - part.offset(), end - next + 1));
            next = end + 1;
        }
        if (next != last + 1) {
            throw new IllegalStateException("The film's parts end at byte " + next + ", before " + (last + 1));
        }
        return spans;
    }
}
