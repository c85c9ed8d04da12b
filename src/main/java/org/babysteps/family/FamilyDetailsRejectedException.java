package org.babysteps.family;

import java.util.List;
import org.babysteps.platform.RuleViolationException;

/**
 * What was entered about a family breaks one or more rules (impossible dates, an invalid NHS number, a choice
 * not on the programme's lists). Carries every problem, so a form can show them all at once.
 */
public class FamilyDetailsRejectedException extends RuleViolationException {

    private final List<FieldProblem> problems;

    public FamilyDetailsRejectedException(List<FieldProblem> problems) {
        super(problems.get(0).field(), problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
