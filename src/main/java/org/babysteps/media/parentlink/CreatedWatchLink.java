package org.babysteps.media.parentlink;

import java.time.Instant;
import java.util.UUID;

/**
 * A watch link just made for a parent. The token is here once, to show to the practitioner who made it; it cannot be
 * read back later.
 */
public record CreatedWatchLink(UUID id, UUID videoId, String token, String parentName, Instant expiresAt) {

    /** Until when the link works, in UK time, as people read it. */
    public String expiresText() {
        return UkWhen.format(expiresAt);
    }
}
