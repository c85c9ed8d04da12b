package org.babysteps.workforce.web;

import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRunView;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.RunMember;
import org.babysteps.workforce.RunMembers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cancelling a run that has not started, and taking a trainee off a run: each confirmed on its own page first. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
class RunChangeController {

    private final CourseRuns runs;
    private final RunMembers members;

    RunChangeController(CourseRuns runs, RunMembers members) {
        this.runs = runs;
        this.members = members;
    }

    @GetMapping("/training/runs/{id}/cancellation")
    String confirmCancellation(@PathVariable UUID id, Model model) {
        CourseRunView run = changeable(new CourseRunId(id));
        model.addAttribute("cancellation", new CancellationForm());
        return cancellationPage(run, model);
    }

    @PostMapping("/training/runs/{id}/cancellation")
    String cancel(@PathVariable UUID id, @ModelAttribute("cancellation") CancellationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        CourseRunId run = new CourseRunId(id);
        try {
            runs.cancel(run, form.getReason());
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
            return cancellationPage(runs.find(run), model);
        }
        redirect.addFlashAttribute("success", "Course run cancelled");
        return "redirect:/training/runs/" + id;
    }

    @GetMapping("/training/runs/{id}/trainees/{traineeId}/removal")
    String confirmRemoval(@PathVariable UUID id, @PathVariable UUID traineeId, Model model) {
        CourseRunView run = changeable(new CourseRunId(id));
        return removalPage(run, traineeId, null, model);
    }

    @PostMapping("/training/runs/{id}/trainees/{traineeId}/removal")
    String remove(@PathVariable UUID id, @PathVariable UUID traineeId, Model model, RedirectAttributes redirect) {
        CourseRunId run = new CourseRunId(id);
        try {
            members.removeTrainee(run, new PractitionerId(traineeId));
        } catch (RuleViolationException rule) {
            return removalPage(runs.find(run), traineeId, rule.getMessage(), model);
        }
        redirect.addFlashAttribute("success", "Trainee taken off the run");
        return "redirect:/training/runs/" + id;
    }

    /** The run, if the caller could change it: a cancelled run's page still shows, saying so. */
    private CourseRunView changeable(CourseRunId id) {
        CourseRunView run = runs.find(id);
        if (!run.cancelled() && !run.manageable()) {
            throw new AccessDeniedException("Only the licensor or this run's trainers can change it");
        }
        return run;
    }

    private String cancellationPage(CourseRunView run, Model model) {
        model.addAttribute("r", run);
        model.addAttribute("started", !run.firstDay().isAfter(runs.today()));
        return "workforce/training-run-cancel";
    }

    private String removalPage(CourseRunView run, UUID traineeId, String problem, Model model) {
        RunMember trainee = run.trainees().stream().filter(t -> t.id().value().equals(traineeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Trainee"));
        model.addAttribute("r", run);
        model.addAttribute("trainee", trainee);
        model.addAttribute("completedOn", run.completions().get(trainee.id()));
        model.addAttribute("problem", problem);
        return "workforce/training-trainee-remove";
    }
}
