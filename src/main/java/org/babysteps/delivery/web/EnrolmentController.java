package org.babysteps.delivery.web;

import java.util.UUID;
import org.babysteps.delivery.DeliveryRuleException;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a family to a group: who fits the group's timing, and a warning before enrolling one who does not. */
@Controller
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class EnrolmentController {

    private final Enrolments enrolments;
    private final GroupQueries queries;

    EnrolmentController(Enrolments enrolments, GroupQueries queries) {
        this.enrolments = enrolments;
        this.queries = queries;
    }

    @GetMapping("/groups/{id}/enrolments/new")
    String candidates(@PathVariable UUID id, Model model) {
        return page(new GroupId(id), null, null, model);
    }

    @PostMapping("/groups/{id}/enrolments")
    String enrol(@PathVariable UUID id, @RequestParam(required = false) String familyId,
                 @RequestParam(defaultValue = "false") boolean acceptOutsideWindow, Model model,
                 RedirectAttributes redirect) {
        GroupId group = new GroupId(id);
        FamilyId family = parse(familyId);
        if (family == null) {
            return page(group, new DeliveryRuleException("familyId", "Select a family"), null, model);
        }
        try {
            EnrolmentStatus status = enrolments.enrol(group, family, acceptOutsideWindow);
            redirect.addFlashAttribute("success", status == EnrolmentStatus.ENROLLED
                    ? "Family enrolled" : "The group is full: the family is on its waiting list");
            return "redirect:/groups/" + id;
        } catch (RuleViolationException rule) {
            return page(group, rule, family, model);
        }
    }

    /** Taking a family out cannot be undone from the screen, so it is confirmed on a page of its own. */
    @GetMapping("/groups/{id}/enrolments/{familyId}/withdrawal")
    String confirmWithdrawal(@PathVariable UUID id, @PathVariable UUID familyId, Model model) {
        GroupId group = new GroupId(id);
        model.addAttribute("group", queries.group(group));
        model.addAttribute("place", queries.places(group).stream()
                .filter(place -> place.family().id().value().equals(familyId) && place.enrolment().status().live())
                .findFirst().orElseThrow(() -> new org.babysteps.platform.NotFoundException("Enrolment")));
        return "delivery/withdraw";
    }

    @PostMapping("/groups/{id}/enrolments/{familyId}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable UUID familyId, RedirectAttributes redirect) {
        enrolments.withdraw(new GroupId(id), new FamilyId(familyId));
        redirect.addFlashAttribute("success", "Family taken out of the group");
        return "redirect:/groups/" + id;
    }

    private String page(GroupId group, RuleViolationException problem, FamilyId chosen, Model model) {
        model.addAttribute("group", queries.group(group));
        model.addAttribute("candidates", enrolments.candidates(group));
        model.addAttribute("problem", problem);
        model.addAttribute("chosen", chosen == null ? null : chosen.value());
        model.addAttribute("askToConfirm", problem != null && "acceptOutsideWindow".equals(problem.field()));
        return "delivery/enrol";
    }

    private static FamilyId parse(String id) {
        try {
            return id == null || id.isBlank() ? null : new FamilyId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
