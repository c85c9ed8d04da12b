package org.babysteps.workforce;

/** What completing a course makes of its trainees. */
public enum CourseKind {
    FACILITATOR("Facilitator course", "trained facilitator"),
    TRAINER("Train-the-trainer course", "accredited trainer");

    private final String label;
    private final String outcome;

    CourseKind(String label, String outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    public String label() {
        return label;
    }

    /** What a trainee becomes on completing it, e.g. "trained facilitator". */
    public String outcome() {
        return outcome;
    }
}
