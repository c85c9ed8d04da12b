package org.babysteps.workforce;

import java.util.List;
import java.util.Optional;
import org.babysteps.programme.ProgrammeId;

/**
 * A training course as data, at one version: its events, capacity, how long completing it counts, and the
 * feedback asked after each event and months later.
 *
 * @param validityMonths             how long completion counts before a refresher (or re-accreditation) is due
 * @param expiryWarningDays          how long before the end of validity it shows as due soon
 * @param requiresTrainedFacilitator trainees must already be trained facilitators (train-the-trainer)
 * @param followUpMonths             months after completion when the follow-up questions are asked
 */
public record CourseDefinition(String code, int version, ProgrammeId programmeId, CourseKind kind, String title,
                               int maxTrainees, int validityMonths, int expiryWarningDays,
                               boolean requiresTrainedFacilitator, List<CourseModule> modules,
                               List<CourseEventDefinition> events, List<FeedbackQuestion> eventQuestions,
                               int followUpMonths, List<FeedbackQuestion> followUpQuestions) {

    public CourseDefinition {
        modules = List.copyOf(modules);
        events = List.copyOf(events);
        eventQuestions = List.copyOf(eventQuestions);
        followUpQuestions = List.copyOf(followUpQuestions);
    }

    public int totalDays() {
        return events.stream().mapToInt(CourseEventDefinition::days).sum();
    }

    public Optional<CourseEventDefinition> event(int number) {
        return events.stream().filter(event -> event.number() == number).findFirst();
    }

    public Optional<CourseModule> module(String code) {
        return modules.stream().filter(module -> module.code().equals(code)).findFirst();
    }

    /** "Baby Steps facilitator training (version 1)", to tell versions apart in trends. */
    public String titleWithVersion() {
        return title + " (version " + version + ")";
    }
}
