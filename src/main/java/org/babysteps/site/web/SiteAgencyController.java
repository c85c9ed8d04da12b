package org.babysteps.site.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.AgencyType;
import org.babysteps.site.SiteAdministration;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding partner agencies (NHS trusts, local authorities, voluntary organisations) to a site. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
class SiteAgencyController {

    private static final List<AgencyType> PARTNER_TYPES =
            List.of(AgencyType.HEALTH, AgencyType.CHILDRENS_SERVICES, AgencyType.VOLUNTARY);

    private final Sites sites;
    private final SiteAdministration administration;

    SiteAgencyController(Sites sites, SiteAdministration administration) {
        this.sites = sites;
        this.administration = administration;
    }

    @GetMapping("/sites/{id}/agencies/new")
    String newAgency(@PathVariable UUID id, Model model) {
        model.addAttribute("agency", new AgencyForm());
        return page(site(id), model);
    }

    @PostMapping("/sites/{id}/agencies")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("agency") AgencyForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        if (!errors.hasErrors()) {
            try {
                administration.addPartnerAgency(site.id(), form.getName(), form.getType());
                redirect.addFlashAttribute("success", "Agency added to the partnership");
                return "redirect:/sites/" + id;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return page(site, model);
    }

    private String page(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("agencyTypes", PARTNER_TYPES);
        return "site/agency-new";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
