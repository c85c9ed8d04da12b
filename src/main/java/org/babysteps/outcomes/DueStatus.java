package org.babysteps.outcomes;

/** How pressing a questionnaire not yet completed is. */
public enum DueStatus {
    /** Its date is within the next week: ready to ask at the coming contact. */
    DUE_SOON,
    /** Its date has come, up to two weeks ago. */
    DUE,
    /** Its date is more than two weeks past. */
    OVERDUE
}
