package org.babysteps.media.playback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.babysteps.platform.RuleViolationException;

/**
 * What makes a note: some words, at most {@value #MAX_LENGTH} characters, at a moment within the film (checked against
 * its length once a player has measured it). Every problem is found at once, so the form is put right in one go.
 */
final class NotePolicy {

    static final int MAX_LENGTH = 1000;

    /** A valid note's moment and text, or the problems, each for its field ("at" or "text"). */
    record Checked(int atSeconds, String text, List<RuleViolationException> problems) {
    }

    Checked check(NoteDraft draft, BigDecimal filmSeconds) {
        List<RuleViolationException> problems = new ArrayList<>();
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            problems.add(new RuleViolationException("text", "Enter what you noticed at this moment"));
        } else if (text.length() > MAX_LENGTH) {
            problems.add(new RuleViolationException("text", "Note must be " + MAX_LENGTH + " characters or fewer"));
        }
        int at = moment(draft, filmSeconds, problems);
        return new Checked(at, text, List.copyOf(problems));
    }

    private static int moment(NoteDraft draft, BigDecimal filmSeconds, List<RuleViolationException> problems) {
        OptionalInt at = draft.seconds() != null ? OptionalInt.of(draft.seconds()) : FilmTimes.parse(draft.at());
        if (draft.seconds() == null && (draft.at() == null || draft.at().isBlank())) {
            problems.add(new RuleViolationException("at", "Enter the time in the film, for example 1:05"));
            return -1;
        }
        if (at.isEmpty() || at.getAsInt() < 0) {
            problems.add(new RuleViolationException("at", "Enter the time as minutes and seconds, for example 1:05"));
            return -1;
        }
        if (filmSeconds != null && at.getAsInt() > filmSeconds.intValue()) {
            problems.add(new RuleViolationException("at", "The film is " + FilmTimes.format(filmSeconds.intValue())
                    + " long: enter a time within it"));
        }
        return at.getAsInt();
    }
}
