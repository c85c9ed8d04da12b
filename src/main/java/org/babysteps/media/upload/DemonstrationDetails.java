package org.babysteps.media.upload;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.platform.RuleViolationException;

/**
 * What a demonstration film needs before its upload starts: a title and a short description that tell a facilitator
 * which film to choose. Every problem is found at once, so the form is put right in one go.
 */
record DemonstrationDetails(String title, String description) {

    static final int TITLE_LENGTH = 200;
    static final int DESCRIPTION_LENGTH = 1000;

    /** The details with spaces trimmed, or the problems, each for its field ("title" or "description"). */
    static DemonstrationDetails checked(String title, String description) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanDescription = description == null ? "" : description.strip();
        List<RuleViolationException> problems = new ArrayList<>();
        if (cleanTitle.isEmpty()) {
            problems.add(new RuleViolationException("title", "Enter a title for the film"));
        } else if (cleanTitle.length() > TITLE_LENGTH) {
            problems.add(new RuleViolationException("title", "Title must be " + TITLE_LENGTH + " characters or fewer"));
        }
        if (cleanDescription.isEmpty()) {
            problems.add(new RuleViolationException("description", "Enter a short description of what the film shows"));
        } else if (cleanDescription.length() > DESCRIPTION_LENGTH) {
            problems.add(new RuleViolationException("description",
                    "Description must be " + DESCRIPTION_LENGTH + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new DemonstrationRefused(problems);
        }
        return new DemonstrationDetails(cleanTitle, cleanDescription);
    }
}
