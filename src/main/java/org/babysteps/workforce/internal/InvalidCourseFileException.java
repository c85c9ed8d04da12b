package org.babysteps.workforce.internal;

import java.util.List;

/** A course file that cannot be used; thrown at start-up so no trainee is judged by a misread course. */
public class InvalidCourseFileException extends IllegalStateException {

    private final transient List<String> problems;

    public InvalidCourseFileException(String file, List<String> problems) {
        super("Course file " + file + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidCourseFileException(String file, String problem, Throwable cause) {
        super("Course file " + file + " is invalid:\n - " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
