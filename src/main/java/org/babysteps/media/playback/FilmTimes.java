package org.babysteps.media.playback;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Moments of a film written as people write them: minutes and seconds ("1:05"), or hours too ("1:02:05"). */
public final class FilmTimes {

    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,3}):([0-5]\\d)");

    private FilmTimes() {
    }

    public static String format(int seconds) {
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }

    /** The seconds of "m:ss", "mm:ss" or "h:mm:ss"; empty for anything else. */
    static OptionalInt parse(String text) {
        Matcher time = TIME.matcher(text == null ? "" : text.trim());
        if (!time.matches()) {
            return OptionalInt.empty();
        }
        int hours = time.group(1) == null ? 0 : Integer.parseInt(time.group(1));
        return OptionalInt.of(hours * 3600 + Integer.parseInt(time.group(2)) * 60 + Integer.parseInt(time.group(3)));
    }
}
