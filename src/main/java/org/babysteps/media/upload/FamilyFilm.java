package org.babysteps.media.upload;

import java.time.Instant;
import java.util.UUID;

/** A family's film as listed on its talk and listen time page: ready to watch, or still arriving. */
public record FamilyFilm(UUID id, String title, String status, long length, long received, String filmedBy,
                         Instant startedAt, Instant completedAt) {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK).withZone(org.babysteps.platform.UkTime.ZONE);

    /** When filming was saved, in UK time, e.g. "3 June 2026, 14:05". */
    public String startedAtText() {
        return WHEN.format(startedAt);
    }

    public boolean ready() {
        return "READY".equals(status);
    }

    /** Whole per cent of the film received, for an unfinished upload. */
    public int percentReceived() {
        return (int) (100 * received / length);
    }
}
