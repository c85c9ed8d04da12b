package org.babysteps.outcomes.instrument;

import java.util.List;

/**
 * An instrument file that cannot be used, thrown at start-up so the platform never scores or warns by a rule it
 * misread. Each problem reads "epds.v1.yml line 42: item 10 is listed twice".
 */
public class InvalidInstrumentFileException extends IllegalStateException {

    private final transient List<String> problems;

    public InvalidInstrumentFileException(String file, List<String> problems) {
        super("Instrument file " + file + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInstrumentFileException(String file, String problem, Throwable cause) {
        super("Instrument file " + file + " is invalid:\n - " + problem, cause);
        this.problems = List.of(problem);
    }

    /** Each problem with its file name and line. */
    public List<String> problems() {
        return problems;
    }
}
