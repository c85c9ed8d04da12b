package org.babysteps.media.playback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.babysteps.platform.UkTime;

/**
 * One of the licensor's demonstration films as facilitators choose it: what it shows, how long it runs (once a player
 * has measured it) and when it was added.
 */
public record DemonstrationFilm(UUID id, String title, String description, String contentType,
                                BigDecimal durationSeconds, Instant addedAt, String addedBy) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(UkTime.ZONE);

    /** "2:35", or null until a player has measured the film. */
    public String lengthText() {
        return durationSeconds == null ? null : FilmTimes.format(durationSeconds.intValue());
    }

    /** The day it was added, in UK time, e.g. "3 June 2026". */
    public String addedOnText() {
        return DAY.format(addedAt);
    }
}
