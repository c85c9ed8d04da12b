package org.babysteps.outcomes.link;

/** What a parent's pages show: their first name, the time point in words and the questions with answers so far. */
public record LinkPage(String firstName, String timePointTitle, QuestionSequence questions) {
}
