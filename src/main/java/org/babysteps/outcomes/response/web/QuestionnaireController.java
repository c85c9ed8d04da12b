package org.babysteps.outcomes.response.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.outcomes.response.AskedPolicy;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.outcomes.response.ResponseRecord;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.RespondentRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff entering questionnaires for a family on a tablet: what is due, starting one, answering all its items on one
 * page (saved in progress or completed) and the stored score.
 */
@Controller
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class QuestionnaireController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final QuestionnaireResponses responses;
    QuestionnaireController(QuestionnaireResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/families/{id}/questionnaires")
    String due(@PathVariable UUID id, Model model) {
        FamilyId family = new FamilyId(id);
        model.addAttribute("family", responses.summary(family));
        boolean mayAsk = responses.mayAsk(family);
        model.addAttribute("mayAsk", mayAsk);
        if (mayAsk) {
            model.addAttribute("timePoints", responses.due(family));
        }
        return "outcomes/questionnaires";
    }

    @GetMapping("/families/{id}/questionnaires/new")
    String confirmStart(@PathVariable UUID id, @RequestParam(required = false) String timePoint,
                        @RequestParam(required = false) UUID participant,
                        @RequestParam(required = false) String instrument, Model model) {
        FamilyId family = new FamilyId(id);
        RespondentRole role = participant == null ? RespondentRole.BIRTH_PARENT : responses.defaultRole(family, participant);
        return startPage(family, timePoint, participant, instrument, role, null, model);
    }

    @PostMapping("/families/{id}/questionnaires")
    String start(@PathVariable UUID id, @RequestParam(required = false) String timePoint,
                 @RequestParam(required = false) UUID participant, @RequestParam(required = false) String instrument,
                 @RequestParam(required = false) RespondentRole role, Model model) {
        FamilyId family = new FamilyId(id);
        try {
            if (participant == null) {
                throw new RuleViolationException("participant", "Select the parent answering");
            }
            ResponseRecord started = responses.start(family, participant, role, timePoint, instrument);
            return "redirect:/families/" + id + "/questionnaires/" + started.id();
        } catch (RuleViolationException refused) {
            model.addAttribute("problem", refused);
            return startPage(family, timePoint, participant, instrument, role, refused, model);
        }
    }

    @GetMapping("/families/{id}/questionnaires/{responseId}")
    String show(@PathVariable UUID id, @PathVariable UUID responseId, Model model) {
        FamilyId family = new FamilyId(id);
        ResponseRecord response = responses.find(family, responseId);
        return responsePage(family, response, response.answers(), model);
    }

    @PostMapping("/families/{id}/questionnaires/{responseId}")
    String answer(@PathVariable UUID id, @PathVariable UUID responseId, @RequestParam Map<String, String> params,
                  Model model, RedirectAttributes redirect) {
        FamilyId family = new FamilyId(id);
        boolean complete = "complete".equals(params.get("action"));
        Map<Integer, Integer> answers = Map.of();
        Map<String, String> completedOn = CompletedOnParams.typed(params);
        try {
            answers = AnswerParams.parse(params);
            if (complete) {
                responses.complete(family, responseId, answers, CompletedOnParams.parse(completedOn));
                redirect.addFlashAttribute("success", "Questionnaire completed and scored");
            } else {
                responses.save(family, responseId, answers);
                redirect.addFlashAttribute("success", "Answers saved. The questionnaire is still in progress");
            }
            return "redirect:/families/" + id + "/questionnaires/" + responseId;
        } catch (RuleViolationException refused) {
            model.addAttribute("problem", refused);
            if (!completedOn.isEmpty()) {
                model.addAttribute("completedOn", completedOn);
            }
            return responsePage(family, responses.find(family, responseId), answers, model);
        }
    }

    private String startPage(FamilyId family, String timePoint, UUID participant, String instrument,
                             RespondentRole role, RuleViolationException problem, Model model) {
        model.addAttribute("family", responses.summary(family));
        model.addAttribute("parents", responses.parents(family));
        model.addAttribute("timePoint", timePoint);
        model.addAttribute("participant", participant);
        model.addAttribute("instrument", instrument);
        model.addAttribute("role", role);
        model.addAttribute("roles", RespondentRole.values());
        model.addAttribute("roleLabels", Map.of(RespondentRole.BIRTH_PARENT, "Birth parent",
                RespondentRole.PARTNER, "Partner"));
        model.addAttribute("problem", problem);
        return "outcomes/questionnaire-start";
    }

    private String responsePage(FamilyId family, ResponseRecord response, Map<Integer, Integer> answers, Model model) {
        InstrumentDefinition instrument = responses.instrumentOf(response);
        model.addAttribute("family", responses.summary(family));
        model.addAttribute("response", response);
        model.addAttribute("instrument", instrument);
        model.addAttribute("answers", answers);
        model.addAttribute("roleLabel", AskedPolicy.label(response.role()));
        model.addAttribute("parentName", responses.parents(family).stream()
                .filter(parent -> parent.id().equals(response.participantId())).map(parent -> parent.name())
                .findFirst().orElse("A former parent of the family"));
        if (response.completed()) {
            List<RiskRule> hits = instrument.riskRules().stream()
                    .filter(rule -> response.score().riskRuleCodes().contains(rule.code())).toList();
            model.addAttribute("riskHits", hits);
            model.addAttribute("completedOn", WHEN.format(response.completedAt().atZone(UkTime.ZONE)));
            return "outcomes/questionnaire-result";
        }
        if (!model.containsAttribute("completedOn")) {
            model.addAttribute("completedOn", CompletedOnParams.of(UkTime.today()));
        }
        return "outcomes/questionnaire-answer";
    }
}
