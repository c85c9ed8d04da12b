package org.babysteps.media.playback;

import java.time.Duration;

/**
 * How long a viewing lasted, from what the player reports: the time spent playing, never more than the time since the
 * viewing started (a few seconds' grace for clocks and the network) and never less than an earlier report, since
 * reports come in several times (pause, end, leaving the page) and may arrive out of order.
 */
final class WatchedTimePolicy {

    static final long GRACE_SECONDS = 5;

    int accept(int reported, int recorded, Duration sinceStart) {
        if (reported < 0) {
            throw new IllegalArgumentException("seconds watched cannot be negative: " + reported);
        }
        long possible = Math.max(0, sinceStart.toSeconds()) + GRACE_SECONDS;
        return (int) Math.max(recorded, Math.min(reported, possible));
    }
}
