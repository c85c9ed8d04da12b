package org.babysteps.media.playback;

/** One stored part of a film: its number and where its plaintext sits in the whole film. */
public record FilmPart(int part, long offset, long length) {

    long end() {
        return offset + length;
    }
}
