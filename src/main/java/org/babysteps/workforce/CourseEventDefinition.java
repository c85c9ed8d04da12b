package org.babysteps.workforce;

import java.util.List;

/**
 * One training event of a course: its place in the course, its length in days, whether completing the course
 * needs it, and the modules it teaches.
 */
public record CourseEventDefinition(int number, String title, int days, boolean required, List<String> moduleCodes) {

    public CourseEventDefinition {
        moduleCodes = List.copyOf(moduleCodes);
    }
}
