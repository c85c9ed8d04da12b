package org.babysteps.media.playback.web;

/** The "add a note at this moment" form: where the player stood (filled in by script), or the time typed. */
public class NoteForm {

    private String seconds;
    private String at;
    private String text;

    public String getSeconds() {
        return seconds;
    }

    public void setSeconds(String seconds) {
        this.seconds = seconds;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** The player's position in whole seconds, or null when the script did not fill it in (or sent nonsense). */
    Integer playerSeconds() {
        try {
            double value = Double.parseDouble(seconds == null ? "" : seconds.trim());
            return Double.isFinite(value) && value >= 0 ? (int) Math.floor(value) : null;
        } catch (NumberFormatException none) {
            return null;
        }
    }
}
