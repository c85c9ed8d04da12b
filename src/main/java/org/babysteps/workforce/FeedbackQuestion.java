package org.babysteps.workforce;

/** A question trainees answer on a scale of 1 (not at all) to 5 (very much). */
public record FeedbackQuestion(String code, String text) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
}
