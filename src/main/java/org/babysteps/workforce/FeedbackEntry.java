package org.babysteps.workforce;

import java.util.Map;

/**
 * One trainee's feedback to record.
 *
 * @param eventNumber the event it follows, or null for the follow-up months after the course
 * @param trainee     whose feedback it is; null for the signed-in trainee's own, set when a trainer enters it for
 *                    a trainee without an account
 * @param ratings     1 to 5 by question code
 */
public record FeedbackEntry(Integer eventNumber, PractitionerId trainee, Map<String, Integer> ratings,
                            String comments) {

    public FeedbackEntry {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
