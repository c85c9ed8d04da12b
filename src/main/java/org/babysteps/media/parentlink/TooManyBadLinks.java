package org.babysteps.media.parentlink;

import java.time.Duration;

/** The address has sent too many watch-link tokens that were not ours: it must wait before trying again. */
public class TooManyBadLinks extends RuntimeException {

    private final Duration wait;

    TooManyBadLinks(Duration wait) {
        super("Too many links that do not work were tried from this address");
        this.wait = wait;
    }

    /** How long to wait, in whole minutes, to tell the person. */
    public long waitMinutes() {
        return Math.max(1, wait.toMinutes());
    }
}
