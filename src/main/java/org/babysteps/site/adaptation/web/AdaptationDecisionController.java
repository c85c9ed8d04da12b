package org.babysteps.site.adaptation.web;

import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.FieldProblems;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.adaptation.AdaptationDecisionPolicy;
import org.babysteps.site.adaptation.AdaptationRecord;
import org.babysteps.site.AdaptationRequests;
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

/** The licensor's queue and decisions on adaptation requests, and the site lead withdrawing a request. */
@Controller
class AdaptationDecisionController {

    private final SiteAdaptations adaptations;
    private final AdaptationRequests requests;

    AdaptationDecisionController(SiteAdaptations adaptations, AdaptationRequests requests) {
        this.adaptations = adaptations;
        this.requests = requests;
    }

    @GetMapping("/adaptations")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String queue(Model model) {
        model.addAttribute("requests", adaptations.queue());
        return "site/adaptation/queue";
    }

    @PostMapping("/sites/{id}/adaptations/{adaptationId}/decision")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String decide(@PathVariable UUID id, @PathVariable UUID adaptationId,
                  @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        AdaptationRecord adaptation = find(id, adaptationId);
        AdaptationStatus decision = decision(form.getDecision());
        FieldProblems.show(new AdaptationDecisionPolicy().problems(adaptation.status(), decision, form.getReason(),
                form.getConditions()), errors);
        if (!errors.hasErrors()) {
            try {
                requests.decide(adaptation.site(), adaptation.id(), form.getVersion(), decision, form.getReason(),
                        form.getConditions());
                redirect.addFlashAttribute("success", "Decision recorded: " + decision.label().toLowerCase());
                return "redirect:/sites/" + id + "/adaptations/" + adaptationId;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return AdaptationPages.show(find(id, adaptationId), model);
    }

    @PostMapping("/sites/{id}/adaptations/{adaptationId}/withdrawal")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String withdraw(@PathVariable UUID id, @PathVariable UUID adaptationId,
                    @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        AdaptationRecord adaptation = find(id, adaptationId);
        try {
            requests.withdraw(adaptation.site(), adaptation.id(), form.getVersion());
            redirect.addFlashAttribute("success", "Request withdrawn");
            return "redirect:/sites/" + id + "/adaptations/" + adaptationId;
        } catch (SiteChangeRejectedException rejected) {
            RuleErrors.reject(errors, rejected);
        }
        return AdaptationPages.show(find(id, adaptationId), model);
    }

    /** Null for anything but one of the statuses, which the decision rule then names. */
    private static AdaptationStatus decision(String name) {
        for (AdaptationStatus status : AdaptationStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }

    private AdaptationRecord find(UUID site, UUID adaptationId) {
        return adaptations.find(new SiteId(site), adaptationId).orElseThrow(() -> new NotFoundException("Adaptation"));
    }
}
