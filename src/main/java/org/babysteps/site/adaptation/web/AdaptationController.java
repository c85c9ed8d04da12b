package org.babysteps.site.adaptation.web;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.FieldProblems;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.adaptation.AdaptationRecord;
import org.babysteps.site.adaptation.AdaptationRequestPolicy;
import org.babysteps.site.adaptation.LicensedProgramme;
import org.babysteps.site.AdaptationRequests;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.adaptation.SiteAdaptations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's adaptation requests: the list, one request, and the site lead's request form. */
@Controller
class AdaptationController {

    static final String VIEWERS = "hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')";

    private final Sites sites;
    private final SiteAdaptations adaptations;
    private final AdaptationRequests requests;
    private final LicensedProgramme licensedProgramme;

    AdaptationController(Sites sites, SiteAdaptations adaptations, AdaptationRequests requests,
                         LicensedProgramme licensedProgramme) {
        this.sites = sites;
        this.adaptations = adaptations;
        this.requests = requests;
        this.licensedProgramme = licensedProgramme;
    }

    @GetMapping("/sites/{id}/adaptations")
    @PreAuthorize(VIEWERS)
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("adaptations", adaptations.ofSite(site.id()));
        return "site/adaptation/list";
    }

    @GetMapping("/sites/{id}/adaptations/new")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String newRequest(@PathVariable UUID id, Model model) {
        model.addAttribute("adaptation", new AdaptationForm());
        return form(site(id), model);
    }

    @PostMapping("/sites/{id}/adaptations")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String request(@PathVariable UUID id, @ModelAttribute("adaptation") AdaptationForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        LocalDate startsOn = DateFields.parse(form.getStartsOn(), "startsOn", "the date the adaptation starts", true, errors);
        LocalDate endsOn = DateFields.parse(form.getEndsOn(), "endsOn", "the end date", false, errors);
        NewAdaptation request = new NewAdaptation(form.getComponentCode(), form.getWhat(), form.getWhy(),
                form.getCoreJustification(), startsOn, endsOn);
        FieldProblems.show(new AdaptationRequestPolicy().problems(request, licensedProgramme.of(site.id())), errors);
        if (!errors.hasErrors()) {
            try {
                UUID created = requests.request(site.id(), request);
                redirect.addFlashAttribute("success", "Adaptation requested: the licensor will decide on it");
                return "redirect:/sites/" + id + "/adaptations/" + created;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return form(site, model);
    }

    @GetMapping("/sites/{id}/adaptations/{adaptationId}")
    @PreAuthorize(VIEWERS)
    String show(@PathVariable UUID id, @PathVariable UUID adaptationId, Model model) {
        AdaptationRecord adaptation = adaptations.find(new SiteId(id), adaptationId)
                .orElseThrow(() -> new NotFoundException("Adaptation"));
        DecisionForm decision = new DecisionForm();
        decision.setVersion(adaptation.version());
        model.addAttribute("decisionForm", decision);
        return AdaptationPages.show(adaptation, model);
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("programme", licensedProgramme.of(site.id()));
        return "site/adaptation/new";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
