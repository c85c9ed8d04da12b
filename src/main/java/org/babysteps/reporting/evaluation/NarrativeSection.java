package org.babysteps.reporting.evaluation;

/** The sections a site writes in its own words; the figures around them come from the records. */
public enum NarrativeSection {
    CONTEXT("About the site and this report",
            "Who delivers Baby Steps here, the local need, and what this report is for."),
    WENT_WELL("What went well", "What worked for families and for the partnership."),
    CHALLENGES("Challenges and what we learned", "What got in the way, and what you changed because of it."),
    FAMILY_VOICE("What families told us",
            "Feedback in families' own words. Do not name or describe anyone in a way that could identify them."),
    NEXT_STEPS("Next steps", "What you will do next, and what you need from commissioners.");

    /** The most a section holds: a page or so, enough for a report a commissioner reads. */
    public static final int MAX_LENGTH = 5000;

    private final String title;
    private final String hint;

    NarrativeSection(String title, String hint) {
        this.title = title;
        this.hint = hint;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }

    /** The form field's name, e.g. "wentWell". */
    public String field() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
