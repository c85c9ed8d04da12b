package org.babysteps.workforce.web;

import java.util.UUID;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.RunMembers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding trainees and trainers to a run; a refusal (full, overlapping, not accredited) shows on the run page. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
class RunMemberController {

    private final RunMembers members;
    private final CourseRuns runs;
    private final RunPage runPage;

    RunMemberController(RunMembers members, CourseRuns runs, RunPage runPage) {
        this.members = members;
        this.runs = runs;
        this.runPage = runPage;
    }

    @PostMapping("/training/runs/{id}/trainees")
    String addTrainee(@PathVariable UUID id, @ModelAttribute("member") MemberForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        CourseRunId run = new CourseRunId(id);
        try {
            if (form.getTraineeId() == null) {
                errors.rejectValue("traineeId", "required", "Select a trainee");
                return runPage.show(runs.find(run), model);
            }
            members.addTrainee(run, new PractitionerId(form.getTraineeId()));
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
            return runPage.show(runs.find(run), model);
        }
        redirect.addFlashAttribute("success", "Trainee added");
        return "redirect:/training/runs/" + id;
    }

    @PostMapping("/training/runs/{id}/trainers")
    String addTrainer(@PathVariable UUID id, @ModelAttribute("member") MemberForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        CourseRunId run = new CourseRunId(id);
        try {
            if (form.getTrainerId() == null) {
                errors.rejectValue("trainerId", "required", "Select a trainer");
                return runPage.show(runs.find(run), model);
            }
            members.addTrainer(run, new PractitionerId(form.getTrainerId()));
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
            return runPage.show(runs.find(run), model);
        }
        redirect.addFlashAttribute("success", "Trainer added");
        return "redirect:/training/runs/" + id;
    }
}
