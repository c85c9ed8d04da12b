package org.babysteps.media.parentlink;

import java.time.Instant;
import java.util.List;
import org.babysteps.media.playback.FilmNote;

/** What the parent's page shows: the film, its moments to share (read-only) and until when the link works. */
public record ParentWatchPage(String title, String contentType, List<FilmNote> notes, Instant expiresAt) {

    public ParentWatchPage {
        notes = List.copyOf(notes);
    }

    /** Until when the link works, in UK time, as people read it. */
    public String expiresText() {
        return UkWhen.format(expiresAt);
    }
}
