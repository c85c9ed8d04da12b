package org.babysteps.site.steering.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.steering.NewAction;
import org.babysteps.site.steering.SteeringAction;
import org.babysteps.site.steering.SteeringGroupChanges;
import org.babysteps.site.steering.SteeringGroupService;
import org.babysteps.site.steering.SteeringMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding steering group actions and marking them done (the site lead or a licensor admin). */
@Controller
@PreAuthorize(SteeringPages.EDITORS)
class SteeringActionController {

    private final Sites sites;
    private final SteeringGroupService steering;
    private final SteeringGroupChanges changes;

    SteeringActionController(Sites sites, SteeringGroupService steering, SteeringGroupChanges changes) {
        this.sites = sites;
        this.steering = steering;
        this.changes = changes;
    }

    @GetMapping("/sites/{id}/steering/actions/new")
    String newAction(@PathVariable UUID id, @RequestParam(required = false) UUID meetingId, Model model) {
        ActionForm form = new ActionForm();
        form.setMeetingId(meetingId);
        model.addAttribute("action", form);
        return form(SteeringPages.site(sites, id), model);
    }

    @PostMapping("/sites/{id}/steering/actions")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("action") ActionForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        SiteSummary site = SteeringPages.site(sites, id);
        if (form.getOwnerId() == null) {
            errors.rejectValue("ownerId", "required", "Select who owns the action");
        }
        var dueOn = DateFields.parse(form.getDueOn(), "dueOn", "the date the action is due", true, errors);
        if (!errors.hasErrors()) {
            try {
                changes.addAction(site.id(), new NewAction(form.getDescription(), form.getOwnerId(), dueOn, form.getMeetingId()));
                redirect.addFlashAttribute("success", "Action added");
                return SteeringPages.steeringPage(site);
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return form(site, model);
    }

    @GetMapping("/sites/{id}/steering/actions/{actionId}/completion")
    String completion(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        SiteSummary site = SteeringPages.site(sites, id);
        SteeringAction action = action(site, actionId);
        CompletionForm form = new CompletionForm();
        form.setDoneOn(UkTime.today().toString());
        form.setVersion(action.version());
        model.addAttribute("completion", form);
        return completionPage(site, action, model);
    }

    @PostMapping("/sites/{id}/steering/actions/{actionId}/completion")
    String complete(@PathVariable UUID id, @PathVariable UUID actionId, @ModelAttribute("completion") CompletionForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        SiteSummary site = SteeringPages.site(sites, id);
        SteeringAction action = action(site, actionId);
        var doneOn = DateFields.parse(form.getDoneOn(), "doneOn", "the date it was done", true, errors);
        if (!errors.hasErrors()) {
            try {
                changes.completeAction(site.id(), actionId, form.getVersion(), doneOn);
                redirect.addFlashAttribute("success", "Action marked done");
                return SteeringPages.steeringPage(site);
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return completionPage(site, action, model);
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("owners", steering.members(site.id()).stream().filter(SteeringMember::active).toList());
        model.addAttribute("meetings", steering.meetings(site.id()));
        return "site/steering/action-new";
    }

    private String completionPage(SiteSummary site, SteeringAction action, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("steeringAction", action);
        return "site/steering/completion";
    }

    private SteeringAction action(SiteSummary site, UUID actionId) {
        return steering.action(site.id(), actionId).orElseThrow(() -> new NotFoundException("Action"));
    }
}
