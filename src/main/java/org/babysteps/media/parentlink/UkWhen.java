package org.babysteps.media.parentlink;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.babysteps.platform.UkTime;

/** A moment as people in the UK read it: "7 December 2026 at 4:05pm", in UK time. */
final class UkWhen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private UkWhen() {
    }

    static String format(Instant at) {
        return WHEN.format(at.atZone(UkTime.ZONE)).replace("AM", "am").replace("PM", "pm");
    }
}
