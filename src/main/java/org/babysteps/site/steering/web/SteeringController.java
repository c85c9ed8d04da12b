package org.babysteps.site.steering.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.UkTime;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.steering.SteeringGroupService;
import org.babysteps.site.steering.SteeringMeeting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A site's steering group page: members, upcoming and past meetings, and actions with the overdue ones marked. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
class SteeringController {

    private final Sites sites;
    private final SteeringGroupService steering;

    SteeringController(Sites sites, SteeringGroupService steering) {
        this.sites = sites;
        this.steering = steering;
    }

    @GetMapping("/sites/{id}/steering")
    String show(@PathVariable UUID id, Model model) {
        SiteSummary site = SteeringPages.site(sites, id);
        List<SteeringMeeting> meetings = steering.meetings(site.id());
        var today = UkTime.today();
        model.addAttribute("site", site);
        model.addAttribute("today", today);
        model.addAttribute("members", steering.members(site.id()));
        // soonest upcoming meeting first, most recent past meeting first
        model.addAttribute("upcoming", meetings.stream().filter(m -> m.upcoming(today))
                .sorted(Comparator.comparing(SteeringMeeting::heldOn)).toList());
        model.addAttribute("past", meetings.stream().filter(m -> !m.upcoming(today)).toList());
        model.addAttribute("actions", steering.actions(site.id()));
        return "site/steering/show";
    }
}
