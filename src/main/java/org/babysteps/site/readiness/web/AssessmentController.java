package org.babysteps.site.readiness.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.ReadinessAssessments;
import org.babysteps.site.ReadinessConditionRequest;
import org.babysteps.site.ReadinessOutcome;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.readiness.ReadinessQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One assessment by section: the site submits it; the licensor returns it or decides; the site closes conditions. */
@Controller
class AssessmentController {

    private static final String BASE = "/sites/{id}/readiness/{assessmentId}";

    private final Sites sites;
    private final ReadinessQueries queries;
    private final ReadinessAssessments assessments;

    AssessmentController(Sites sites, ReadinessQueries queries, ReadinessAssessments assessments) {
        this.sites = sites;
        this.queries = queries;
        this.assessments = assessments;
    }

    @GetMapping(BASE)
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String show(@PathVariable UUID id, @PathVariable UUID assessmentId, Model model) {
        DecisionForm decision = new DecisionForm();
        decision.setDecidedOn(UkTime.today().toString());
        model.addAttribute("decision", decision);
        model.addAttribute("returnForm", new CommentForm());
        return page(site(id), assessmentId, model);
    }

    @PostMapping(BASE + "/submission")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String submit(@PathVariable UUID id, @PathVariable UUID assessmentId, RedirectAttributes redirect) {
        assessments.submit(site(id).id(), assessmentId);
        redirect.addFlashAttribute("success", "Assessment submitted to the licensor for review");
        return "redirect:/sites/" + id + "/readiness/" + assessmentId;
    }

    @PostMapping(BASE + "/return")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String returnToSite(@PathVariable UUID id, @PathVariable UUID assessmentId,
                        @ModelAttribute("returnForm") CommentForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        SiteSummary site = site(id);
        try {
            assessments.returnToSite(site.id(), assessmentId, form.getComment());
            redirect.addFlashAttribute("success", "Assessment returned to the site");
            return "redirect:/sites/" + id + "/readiness/" + assessmentId;
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
        }
        model.addAttribute("decision", new DecisionForm());
        return page(site, assessmentId, model);
    }

    @PostMapping(BASE + "/decision")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String decide(@PathVariable UUID id, @PathVariable UUID assessmentId, @ModelAttribute("decision") DecisionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        LocalDate decidedOn = DateFields.parse(form.getDecidedOn(), "decidedOn", "the date of the decision", true, errors);
        List<ReadinessConditionRequest> conditions = conditions(form, errors);
        if (!errors.hasErrors()) {
            try {
                assessments.decide(site.id(), assessmentId, form.getOutcome(), form.getReason(), decidedOn, conditions);
                redirect.addFlashAttribute("success", "Decision recorded: " + form.getOutcome().label().toLowerCase());
                return "redirect:/sites/" + id + "/readiness/" + assessmentId;
            } catch (RuleViolationException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        model.addAttribute("returnForm", new CommentForm());
        return page(site, assessmentId, model);
    }

    @PostMapping(BASE + "/conditions/{conditionId}/done")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String conditionDone(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable UUID conditionId,
                         RedirectAttributes redirect) {
        assessments.markConditionDone(site(id).id(), assessmentId, conditionId);
        redirect.addFlashAttribute("success", "Condition marked as done");
        return "redirect:/sites/" + id + "/readiness/" + assessmentId;
    }

    private static List<ReadinessConditionRequest> conditions(DecisionForm form, BindingResult errors) {
        List<ReadinessConditionRequest> conditions = new ArrayList<>();
        for (int i = 0; i < form.getConditions().size(); i++) {
            DecisionForm.ConditionRow row = form.getConditions().get(i);
            if (row.blank()) {
                continue;
            }
            LocalDate due = DateFields.parse(row.getDueOn(), "conditions[" + i + "].dueOn",
                    "the due date of condition " + (i + 1), true, errors);
            conditions.add(new ReadinessConditionRequest(row.getDescription(), row.getOwner(), due));
        }
        return conditions;
    }

    private String page(SiteSummary site, UUID assessmentId, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("page", queries.page(site.id(), assessmentId).orElseThrow(() -> new NotFoundException("Assessment")));
        model.addAttribute("outcomes", ReadinessOutcome.values());
        return "site/readiness/assessment";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
