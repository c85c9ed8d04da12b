package org.babysteps.programme.internal;

import java.util.List;

/** A programme file that cannot be used; thrown at start-up so the platform never runs on a rule it misread. */
public class InvalidProgrammeFileException extends IllegalStateException {

    private final transient List<String> problems;

    public InvalidProgrammeFileException(String file, List<String> problems) {
        super("Programme file " + file + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidProgrammeFileException(String file, String problem, Throwable cause) {
        super("Programme file " + file + " is invalid:\n - " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
