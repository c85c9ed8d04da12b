package org.babysteps.reporting.web;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.site.Licences;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.LicenceCompliance;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.Sites;
import org.babysteps.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** A site's licence condition compliance over a chosen period: the site lead and the licensor. */
@Controller
class ComplianceController {

    private final LicenceCompliance compliance;
    private final Sites sites;
    private final Licences licences;

    ComplianceController(LicenceCompliance compliance, Sites sites, Licences licences) {
        this.compliance = compliance;
        this.licences = licences;
        this.sites = sites;
    }

    @GetMapping("/sites/{id}/compliance")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String show(@PathVariable UUID id, @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
        SiteId site = new SiteId(id);
        model.addAttribute("site", sites.find(site).orElseThrow(() -> new NotFoundException("Site")));
        LocalDate licenceStart = LicenceStart.of(licences, site);
        model.addAttribute("licenceStart", licenceStart);
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_QUARTER, licenceStart, errors);
        if (period != null) {
            model.addAttribute("c", compliance.forSite(site, period));
        }
        return "reporting/compliance/site";
    }
}
