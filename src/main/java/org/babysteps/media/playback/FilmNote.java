package org.babysteps.media.playback;

import java.time.Instant;
import java.util.UUID;

/** A moment of a film to share with the parents: where it is, what the facilitator noticed, who noted it. */
public record FilmNote(UUID id, int atSeconds, String text, String authorName, Instant createdAt) {

    /** The moment as a person reads it: "1:05", or "1:02:05" past the hour. */
    public String atText() {
        return FilmTimes.format(atSeconds);
    }
}
