package org.babysteps.workforce;

import java.time.LocalDate;

/** A follow-up a trainee owes on a facilitator course they completed: due since {@code dueOn}, not given yet. */
public record FollowUpDue(CourseRunId runId, String courseTitle, LocalDate completedOn, LocalDate dueOn) {

    /** Due once {@code months} have passed since completing: on that day and after. */
    public static boolean isDue(LocalDate completedOn, int months, LocalDate today) {
        return !today.isBefore(dueOn(completedOn, months));
    }

    public static LocalDate dueOn(LocalDate completedOn, int months) {
        return completedOn.plusMonths(months);
    }
}
