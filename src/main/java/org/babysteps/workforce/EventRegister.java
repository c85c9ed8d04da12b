package org.babysteps.workforce;

import java.util.Map;

/** The register of one training event: every trainee of the run, and whether they were present (once saved). */
public record EventRegister(CourseRunView run, CourseEventView event, Map<PractitionerId, Boolean> marks) {

    public EventRegister {
        marks = Map.copyOf(marks);
    }
}
