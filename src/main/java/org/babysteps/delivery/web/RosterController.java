package org.babysteps.delivery.web;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.delivery.Roster;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.SiteId;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The site's facilitator roster as delivery sees it: agency type, training (and until when it counts) and leaving
 * dates. It is kept from the workforce module's records, where practitioners and training are managed.
 */
@Controller
class RosterController {

    private final Roster roster;
    private final Sites sites;

    RosterController(Roster roster, Sites sites) {
        this.roster = roster;
        this.sites = sites;
    }

    @GetMapping("/sites/{id}/facilitators")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
        model.addAttribute("site", site);
        model.addAttribute("roster", roster.atSite(site.id()));
        model.addAttribute("today", UkTime.today());
        return "delivery/roster";
    }
}
