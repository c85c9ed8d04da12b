package org.babysteps.family.api;

import java.net.URI;
import java.util.Map;
import org.babysteps.family.FamilyDetailsRejectedException;
import org.babysteps.family.PossibleDuplicatesException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The family API's own problem answers, inherited by its controllers (a controller's handlers come before the
 * platform's advice): a likely duplicate is a 409 listing the matching families, and rejected details are a 422
 * listing every problem rather than only the first. Everything else is the platform's {@code ApiProblems}.
 */
abstract class FamilyApiProblems {

    @ExceptionHandler(PossibleDuplicatesException.class)
    ProblemDetail possibleDuplicates(PossibleDuplicatesException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Possible duplicate", e.getMessage()
                + " Send the referral again with \"confirmNotDuplicate\": true if it is a different family.");
        problem.setProperty("matches", e.matches().stream()
                .map(match -> Map.of("id", match.familyId().value(), "stage", match.stage(),
                        "matchedOn", match.matchedOn()))
                .toList());
        return problem;
    }

    @ExceptionHandler(FamilyDetailsRejectedException.class)
    ProblemDetail rejected(FamilyDetailsRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "Not allowed", e.getMessage());
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
