package org.babysteps.media.playback;

/**
 * A note as the form sends it.
 *
 * @param seconds where the player stood, filled in by the page's script; null without script
 * @param at      the moment as typed, "mm:ss", when there is no {@code seconds}
 */
public record NoteDraft(Integer seconds, String at, String text) {
}
