package org.babysteps.workforce.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRunView;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.FeedbackEntry;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.RunMember;
import org.babysteps.workforce.TrainingFeedback;
import org.babysteps.workforce.TrainingRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A trainee's feedback after an event, or at follow-up: given by the trainee, or entered by a trainer for a
 * trainee without an account ({@code ?trainee=}). Ratings arrive as "rating-question" fields.
 */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER', 'FACILITATOR')")
class FeedbackController {

    private static final String PREFIX = "rating-";

    private final CourseRuns runs;
    private final TrainingFeedback feedback;

    FeedbackController(CourseRuns runs, TrainingFeedback feedback) {
        this.runs = runs;
        this.feedback = feedback;
    }

    @GetMapping("/training/runs/{id}/events/{n}/feedback")
    String eventForm(@PathVariable UUID id, @PathVariable int n, @RequestParam(required = false) UUID trainee, Model model) {
        return page(runs.find(new CourseRunId(id)), n, trainee, Map.of(), null, null, model);
    }

    @PostMapping("/training/runs/{id}/events/{n}/feedback")
    String giveOnEvent(@PathVariable UUID id, @PathVariable int n, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect) {
        return submit(id, n, form, model, redirect);
    }

    @GetMapping("/training/runs/{id}/follow-up")
    String followUpForm(@PathVariable UUID id, @RequestParam(required = false) UUID trainee, Model model) {
        return page(runs.find(new CourseRunId(id)), null, trainee, Map.of(), null, null, model);
    }

    @PostMapping("/training/runs/{id}/follow-up")
    String giveFollowUp(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
                        RedirectAttributes redirect) {
        return submit(id, null, form, model, redirect);
    }

    private String submit(UUID id, Integer event, Map<String, String> form, Model model, RedirectAttributes redirect) {
        CourseRunId runId = new CourseRunId(id);
        UUID trainee = parse(form.get("trainee"));
        Map<String, Integer> ratings = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && value.matches("[1-5]")) {
                ratings.put(name.substring(PREFIX.length()), Integer.parseInt(value));
            }
        });
        try {
            feedback.submit(runId, new FeedbackEntry(event, trainee == null ? null : new PractitionerId(trainee),
                    ratings, form.get("comments")));
        } catch (TrainingRuleException rule) {
            return page(runs.find(runId), event, trainee, form, form.get("comments"), rule, model);
        }
        redirect.addFlashAttribute("success", "Feedback saved. Thank you.");
        return "redirect:/training/runs/" + id;
    }

    private String page(CourseRunView run, Integer event, UUID trainee, Map<String, String> chosen, String comments,
                        TrainingRuleException problem, Model model) {
        if (event != null && run.event(event).isEmpty()) {
            throw new org.babysteps.platform.NotFoundException("Training event");
        }
        RunMember respondent = null;
        try {
            respondent = feedback.respondent(run, trainee == null ? null : new PractitionerId(trainee));
        } catch (TrainingRuleException notATrainee) {
            model.addAttribute("notice", notATrainee.getMessage());
        }
        model.addAttribute("r", run);
        model.addAttribute("eventNumber", event);
        model.addAttribute("respondent", respondent);
        model.addAttribute("enteredForTrainee", trainee != null);
        model.addAttribute("questions", TrainingFeedback.questions(run.course(), event));
        model.addAttribute("chosen", chosen);
        model.addAttribute("comments", comments);
        model.addAttribute("problem", problem);
        return "workforce/training-feedback-form";
    }

    private static UUID parse(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
