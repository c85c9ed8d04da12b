package org.babysteps.delivery.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every co-facilitation exception across the sites, for the licensor's fidelity review. */
@Controller
class ExceptionsController {

    private final DeliveryOverview overview;
    private final Sites sites;

    ExceptionsController(DeliveryOverview overview, Sites sites) {
        this.overview = overview;
        this.sites = sites;
    }

    @GetMapping("/co-facilitation-exceptions")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String list(Model model) {
        Map<Object, String> siteNames = sites.visibleSites().stream()
                .collect(Collectors.toMap(site -> (Object) site.id(), SiteSummary::name, (a, b) -> a));
        model.addAttribute("exceptions", overview.coFacilitationExceptions());
        model.addAttribute("siteNames", siteNames);
        return "delivery/exceptions";
    }
}
