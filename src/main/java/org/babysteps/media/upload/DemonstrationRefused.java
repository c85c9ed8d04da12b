package org.babysteps.media.upload;

import java.util.List;
import org.babysteps.platform.RuleViolationException;

/** A demonstration film's details are not complete: every problem, each for its field; nothing was started. */
public class DemonstrationRefused extends RuntimeException {

    private final List<RuleViolationException> problems;

    DemonstrationRefused(List<RuleViolationException> problems) {
        super(problems.get(0).getMessage());
        this.problems = List.copyOf(problems);
    }

    public List<RuleViolationException> problems() {
        return problems;
    }
}
