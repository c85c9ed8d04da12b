package org.babysteps.media.retention;

/** The two kinds of video (the {@code video.kind} column): a family's film, or the licensor's demonstration film. */
enum VideoKind {
    FAMILY,
    DEMONSTRATION
}
