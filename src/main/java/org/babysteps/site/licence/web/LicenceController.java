package org.babysteps.site.licence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.babysteps.site.Adaptations;
import org.babysteps.site.LicenceAdministration;
import org.babysteps.site.NewLicence;
import org.babysteps.site.NewLicenceCondition;
import org.babysteps.site.ReadinessDecisions;
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

/** A site's licence and its history; issuing a new one (licensor staff). */
@Controller
class LicenceController {

    private final Sites sites;
    private final LicenceCatalogue licences;
    private final LicenceAdministration administration;
    private final ReadinessDecisions decisions;
    private final Programmes programmes;
    private final Adaptations adaptations;

    LicenceController(Sites sites, LicenceCatalogue licences, LicenceAdministration administration,
                      ReadinessDecisions decisions, Programmes programmes, Adaptations adaptations) {
        this.adaptations = adaptations;
        this.sites = sites;
        this.licences = licences;
        this.administration = administration;
        this.decisions = decisions;
        this.programmes = programmes;
    }

    @GetMapping("/sites/{id}/licence")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR', 'COMMISSIONER')")
    String show(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        List<LicenceRow> all = licences.ofSite(site.id());
        LicenceRow current = licences.current(site.id())
                .flatMap(summary -> all.stream().filter(l -> l.id().equals(summary.id())).findFirst()).orElse(null);
        model.addAttribute("site", site);
        model.addAttribute("licence", current);
        model.addAttribute("licences", all);
        model.addAttribute("actions", LicenceAction.values());
        if (current != null) {
            model.addAttribute("conditions", licences.conditions(current.id()));
            model.addAttribute("changes", licences.changes(current.id()));
            model.addAttribute("adaptations", adaptations.approved(site.id()));
        }
        return "site/licence/show";
    }

    @GetMapping("/sites/{id}/licences/new")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String newLicence(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        LicenceForm form = new LicenceForm();
        form.setProgramme(programmes.defaultProgramme().id().value());
        // a renewal starts the day after the current licence ends
        licences.current(site.id()).ifPresent(current -> form.setStartsOn(current.endsOn().plusDays(1).toString()));
        model.addAttribute("licenceForm", form);
        return form(site, model);
    }

    @PostMapping("/sites/{id}/licences")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String issue(@PathVariable UUID id, @ModelAttribute("licenceForm") LicenceForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        LocalDate startsOn = DateFields.parse(form.getStartsOn(), "startsOn", "the start date", true, errors);
        LocalDate endsOn = DateFields.parse(form.getEndsOn(), "endsOn", "the end date", false, errors);
        boolean siteCondition = form.getConditionTitle() != null || form.getConditionDescription() != null;
        if (!errors.hasErrors()) {
            try {
                administration.issue(new NewLicence(site.id(), programme(form.getProgramme()), startsOn, endsOn,
                        form.isIssueNow(), siteCondition ? List.of(new NewLicenceCondition(form.getConditionTitle(),
                        form.getConditionDescription())) : List.of()));
                redirect.addFlashAttribute("success", form.isIssueNow() ? "Licence issued" : "Draft licence saved");
                return "redirect:/sites/" + id + "/licence";
            } catch (RuleViolationException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return form(site, model);
    }

    private static ProgrammeId programme(String value) {
        try {
            return value == null ? null : new ProgrammeId(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("programmes", programmes.all());
        model.addAttribute("decision", decisions.latest(site.id()).orElse(null));
        model.addAttribute("defaultYears", 3);
        model.addAttribute("renewalMonths", LicenceLifecycle.RENEWAL_MONTHS);
        return "site/licence/new";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
