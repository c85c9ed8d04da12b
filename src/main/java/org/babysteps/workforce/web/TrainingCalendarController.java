package org.babysteps.workforce.web;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.workforce.CourseRunSummary;
import org.babysteps.identity.Role;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.TrainingFeedback;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The training calendar: upcoming runs soonest first, then past runs latest first, as far as the caller may see. */
@Controller
class TrainingCalendarController {

    private final CourseRuns runs;
    private final TrainingFeedback feedback;
    private final SiteNames siteNames;

    TrainingCalendarController(CourseRuns runs, TrainingFeedback feedback, SiteNames siteNames) {
        this.runs = runs;
        this.feedback = feedback;
        this.siteNames = siteNames;
    }

    @GetMapping("/training")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'TRAINER', 'FACILITATOR')")
    String calendar(Model model, Authentication signedIn) {
        LocalDate today = runs.today();
        List<CourseRunSummary> all = runs.calendar();
        model.addAttribute("upcoming", all.stream().filter(r -> r.upcomingOn(today))
                .sorted(java.util.Comparator.comparing(CourseRunSummary::firstDay)).toList());
        model.addAttribute("past", all.stream().filter(r -> !r.upcomingOn(today)).toList());
        model.addAttribute("siteNames", siteNames.visible());
        model.addAttribute("today", today);
        boolean facilitator = signedIn.getAuthorities().stream().anyMatch(a -> Role.FACILITATOR.authority().equals(a.getAuthority()));
        model.addAttribute("followUps", facilitator ? feedback.myFollowUpsDue() : List.of());
        return "workforce/training-calendar";
    }
}
