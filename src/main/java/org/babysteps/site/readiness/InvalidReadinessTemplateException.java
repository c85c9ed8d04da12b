package org.babysteps.site.readiness;

import java.util.List;

/** A readiness template file that cannot be used; stops start-up so no site is assessed against a misread file. */
public class InvalidReadinessTemplateException extends IllegalStateException {

    private final transient List<String> problems;

    public InvalidReadinessTemplateException(String file, List<String> problems) {
        super("Readiness template " + file + " is invalid:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidReadinessTemplateException(String file, String problem, Throwable cause) {
        super("Readiness template " + file + " is invalid:\n - " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
