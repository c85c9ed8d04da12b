package org.babysteps.media.playback;

/**
 * A stored part of a film failed its integrity check (or could not be read) while it was being served. Whatever had
 * been sent was verified; the response is cut off here rather than carry on with bytes that cannot be trusted.
 */
public class FilmUnreadable extends RuntimeException {

    FilmUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
