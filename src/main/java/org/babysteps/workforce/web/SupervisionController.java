package org.babysteps.workforce.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.workforce.SupervisionSessionDetails;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Supervision;
import org.babysteps.workforce.SupervisionFormat;
import org.babysteps.workforce.WorkforceRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reflective supervision: a site's sessions and each facilitator's compliance for its lead (and the licensor),
 * recording a session (the lead, or a supervisor for their own), and one's own sessions.
 */
@Controller
class SupervisionController {

    private final Supervision supervision;
    private final Sites sites;

    SupervisionController(Supervision supervision, Sites sites) {
        this.supervision = supervision;
        this.sites = sites;
    }

    @GetMapping("/sites/{id}/supervision")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String site(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("compliance", supervision.complianceAt(site.id()));
        model.addAttribute("sessions", supervision.sessionsAt(site.id()));
        model.addAttribute("rules", supervision.rules());
        return "workforce/supervision-site";
    }

    @GetMapping("/supervision")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR', 'TRAINER')")
    String mine(Model model) {
        model.addAttribute("sessions", supervision.mine());
        model.addAttribute("compliance", supervision.myCompliance().orElse(null));
        model.addAttribute("sites", sites.visibleSites().stream()
                .filter(site -> !supervision.supervisorsFor(site.id()).isEmpty()).toList());
        return "workforce/supervision-mine";
    }

    @GetMapping("/sites/{id}/supervision/new")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String newSession(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        SupervisionForm form = new SupervisionForm();
        List<Practitioner> supervisors = supervision.supervisorsFor(site.id());
        if (supervisors.size() == 1) {
            form.setSupervisorId(supervisors.get(0).id().value());
        }
        form.setHeldOn(LocalDate.now().toString());
        model.addAttribute("supervision", form);
        return form(site, model);
    }

    @PostMapping("/sites/{id}/supervision")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String record(@PathVariable UUID id, @ModelAttribute("supervision") SupervisionForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, HttpServletRequest request) {
        SiteSummary site = site(id);
        LocalDate heldOn = DateFields.parse(form.getHeldOn(), "heldOn", "the date of the session", true, errors);
        Integer minutes = minutes(form.getDurationMinutes(), errors);
        if (!errors.hasErrors()) {
            try {
                supervision.record(new SupervisionSessionDetails(site.id(),
                        form.getSupervisorId() == null ? null : new PractitionerId(form.getSupervisorId()),
                        form.getSuperviseeIds().stream().map(PractitionerId::new).collect(Collectors.toSet()),
                        heldOn, minutes, form.getFormat(), form.getTopics()));
                redirect.addFlashAttribute("success", "Supervision session recorded");
                return request.isUserInRole("SITE_LEAD") ? "redirect:/sites/" + id + "/supervision" : "redirect:/supervision";
            } catch (WorkforceRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return form(site, model);
    }

    private static Integer minutes(String text, BindingResult errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("durationMinutes", "required", "Enter how long the session lasted, in minutes");
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            errors.rejectValue("durationMinutes", "number", "Length must be a whole number of minutes, like 60");
            return null;
        }
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("supervisors", supervision.supervisorsFor(site.id()));
        model.addAttribute("supervisees", supervision.superviseesAt(site.id()));
        model.addAttribute("formats", SupervisionFormat.values());
        return "workforce/supervision-form";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
