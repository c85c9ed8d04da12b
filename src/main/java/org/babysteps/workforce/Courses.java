package org.babysteps.workforce;

import java.util.List;
import java.util.Optional;

/** The course definitions loaded at start-up from {@code src/main/resources/courses/}. */
public interface Courses {

    /** The current (highest) version of a course. */
    Optional<CourseDefinition> find(String code);

    /** A course at a given version, so runs made under an earlier version keep their meaning. */
    Optional<CourseDefinition> find(String code, int version);

    /** Every course, current versions, by title. */
    List<CourseDefinition> all();

    /** Every version of a course, oldest first. */
    List<CourseDefinition> versions(String code);
}
