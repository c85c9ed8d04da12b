package org.babysteps.delivery.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.delivery.Venues;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
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

/** The venues a site's groups meet in, with capacity and accessibility notes. */
@Controller
class VenueController {

    private final Venues venues;
    private final Sites sites;

    VenueController(Venues venues, Sites sites) {
        this.venues = venues;
        this.sites = sites;
    }

    @GetMapping("/sites/{id}/venues")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("venues", venues.atSite(site.id()));
        return "delivery/venues";
    }

    @GetMapping("/sites/{id}/venues/new")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String newVenue(@PathVariable UUID id, Model model) {
        model.addAttribute("site", site(id));
        model.addAttribute("venue", new VenueForm());
        return "delivery/venue-new";
    }

    @PostMapping("/sites/{id}/venues")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("venue") VenueForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        SiteSummary site = site(id);
        if (errors.hasErrors()) {
            model.addAttribute("site", site);
            return "delivery/venue-new";
        }
        venues.add(site.id(), form.getName(), form.getAddress(), form.getCapacity(), form.getAccessibilityNotes());
        redirect.addFlashAttribute("success", "Venue added");
        return "redirect:/sites/" + id + "/venues";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
