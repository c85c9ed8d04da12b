package org.babysteps.outcomes.response.api;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.outcomes.response.ResponseRecord;
import org.babysteps.platform.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questionnaire responses and their scores for other agencies' systems: the same service, consent check, scoring,
 * site scoping and audit as the pages. Only the family's site lead and facilitators may call it.
 */
@RestController
@RequestMapping("/api/v1/families/{id}/responses")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class ResponseApiController {

    private final QuestionnaireResponses responses;

    ResponseApiController(QuestionnaireResponses responses) {
        this.responses = responses;
    }

    /**
     * Runs before the body is read, under the class's access rule: someone without the role gets 403, and a family
     * of another site (or none) 404, before anything about the request itself is judged.
     */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable UUID id) {
        responses.summary(new FamilyId(id));
    }

    @GetMapping
    @Operation(summary = "A family's questionnaire responses with their stored scores; answers with include=answers")
    List<ResponseJson.Response> list(@PathVariable UUID id, @RequestParam(required = false) String include) {
        boolean withAnswers = "answers".equals(include);
        return responses.ofFamily(new FamilyId(id)).stream().map(r -> ResponseJson.of(r, withAnswers)).toList();
    }

    @PostMapping
    @Operation(summary = "Record a questionnaire answered in full; 201 with its score, 422 naming a wrong answer's item")
    ResponseEntity<ResponseJson.Response> record(@PathVariable UUID id, @RequestBody ResponseJson.NewResponse request) {
        if (request.participantId() == null || request.respondentRole() == null || request.timePoint() == null
                || request.instrumentCode() == null || request.answers() == null) {
            throw new RuleViolationException("body",
                    "participantId, respondentRole, timePoint, instrumentCode and answers are all required");
        }
        Map<Integer, Integer> answers = request.answers();
        ResponseRecord saved = responses.recordCompleted(new FamilyId(id), request.participantId(),
                request.respondentRole(), request.timePoint(), request.instrumentCode(), answers);
        return ResponseEntity.created(URI.create("/api/v1/families/" + id + "/responses/" + saved.id()))
                .body(ResponseJson.of(saved, false));
    }
}
