package org.babysteps.site.licence.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.LicenceAdministration;
import org.babysteps.site.NewLicenceCondition;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.licence.LicenceAction;
import org.babysteps.site.licence.LicenceCatalogue;
import org.babysteps.site.licence.LicenceLifecycle;
import org.babysteps.site.licence.LicenceRow;
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
 * The licensor issues a draft, suspends, reinstates, ends or withdraws a licence (each with a reason), or adds a
 * condition.
 */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
class LicenceChangeController {

    private static final String BASE = "/sites/{id}/licences/{licenceId}/";

    private final Sites sites;
    private final LicenceCatalogue licences;
    private final LicenceAdministration administration;

    LicenceChangeController(Sites sites, LicenceCatalogue licences, LicenceAdministration administration) {
        this.sites = sites;
        this.licences = licences;
        this.administration = administration;
    }

    @GetMapping({BASE + "activation", BASE + "suspension", BASE + "reinstatement", BASE + "ending",
            BASE + "withdrawal"})
    String changeForm(@PathVariable UUID id, @PathVariable UUID licenceId, HttpServletRequest request, Model model) {
        SiteSummary site = site(id);
        LicenceAction action = action(request);
        LicenceRow licence = licence(site, licenceId);
        LicenceLifecycle.apply(action, licence.state(), licence.startsOn(), UkTime.today(), "checking only whether the state allows it");
        LicenceChangeForm form = new LicenceChangeForm();
        form.setEndedOn(UkTime.today().toString());
        model.addAttribute("change", form);
        return page(site, licence, action, model);
    }

    @PostMapping({BASE + "activation", BASE + "suspension", BASE + "reinstatement", BASE + "ending",
            BASE + "withdrawal"})
    String change(@PathVariable UUID id, @PathVariable UUID licenceId, @ModelAttribute("change") LicenceChangeForm form,
                  BindingResult errors, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        LicenceAction action = action(request);
        LocalDate endedOn = action == LicenceAction.END
                ? DateFields.parse(form.getEndedOn(), "endedOn", "the date the licence ended", true, errors) : null;
        if (!errors.hasErrors()) {
            try {
                administration.change(site.id(), licenceId, action, form.getReason(), endedOn);
                redirect.addFlashAttribute("success", action == LicenceAction.WITHDRAW ? "Licence withdrawn"
                        : "Licence " + action.result().label().toLowerCase());
                return "redirect:/sites/" + id + "/licence";
            } catch (RuleViolationException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return page(site, licence(site, licenceId), action, model);
    }

    @GetMapping(BASE + "conditions")
    String conditionForm(@PathVariable UUID id, @PathVariable UUID licenceId, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("conditionForm", new ConditionForm());
        return conditionPage(site, licence(site, licenceId), model);
    }

    @PostMapping(BASE + "conditions")
    String addCondition(@PathVariable UUID id, @PathVariable UUID licenceId,
                        @ModelAttribute("conditionForm") ConditionForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        SiteSummary site = site(id);
        try {
            administration.addCondition(site.id(), licenceId,
                    new NewLicenceCondition(form.getConditionTitle(), form.getConditionDescription()));
            redirect.addFlashAttribute("success", "Condition added to the licence");
            return "redirect:/sites/" + id + "/licence";
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
        }
        return conditionPage(site, licence(site, licenceId), model);
    }

    private String page(SiteSummary site, LicenceRow licence, LicenceAction action, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("licence", licence);
        model.addAttribute("action", action);
        return "site/licence/change";
    }

    private String conditionPage(SiteSummary site, LicenceRow licence, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("licence", licence);
        return "site/licence/condition-new";
    }

    private static LicenceAction action(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return LicenceAction.byPath(uri.substring(uri.lastIndexOf('/') + 1));
    }

    private LicenceRow licence(SiteSummary site, UUID licenceId) {
        return licences.find(site.id(), licenceId).orElseThrow(() -> new NotFoundException("Licence"));
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
