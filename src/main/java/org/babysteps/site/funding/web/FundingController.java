package org.babysteps.site.funding.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.funding.FundingService;
import org.babysteps.site.funding.FundingStreamDetails;
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
 * A site's funding streams and its funding-end warning (a commissioner sees only what their organisation pays
 * for), and recording a new stream (site lead, licensor admin).
 */
@Controller
class FundingController {

    private final Sites sites;
    private final FundingService funding;

    FundingController(Sites sites, FundingService funding) {
        this.sites = sites;
        this.funding = funding;
    }

    @GetMapping("/sites/{id}/funding")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'COMMISSIONER')")
    String site(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("streams", funding.forSite(site.id()));
        model.addAttribute("warning", funding.warning(site.id()));
        return "site/funding/site";
    }

    @GetMapping("/sites/{id}/funding/new")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String newStream(@PathVariable UUID id, Model model) {
        FundingForm form = new FundingForm();
        form.setStatus(FundingStatus.SECURED);
        model.addAttribute("funding", form);
        return form(site(id), model);
    }

    @PostMapping("/sites/{id}/funding")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("funding") FundingForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        FundingStreamDetails details = FundingFormReader.read(form, errors);
        if (details != null) {
            try {
                UUID stream = funding.create(site.id(), details);
                redirect.addFlashAttribute("success", "Funding stream added");
                return "redirect:/funding/" + stream;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return form(site, model);
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("commissioners", funding.commissioners());
        model.addAttribute("statuses", FundingStatus.values());
        return "site/funding/new";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
