package org.babysteps.media.parentlink;

import java.time.Instant;
import java.util.UUID;

/** A film's link that still works, as the watch page lists it: for whom, made by whom, until when. */
public record LiveWatchLink(UUID id, String parentName, String createdByName, Instant createdAt, Instant expiresAt) {

    /** Until when the link works, in UK time, as people read it. */
    public String expiresText() {
        return UkWhen.format(expiresAt);
    }
}
