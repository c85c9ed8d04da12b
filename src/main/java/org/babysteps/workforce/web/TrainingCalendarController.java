package org.babysteps.workforce.web;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.workforce.CourseRunSummary;
import org.babysteps.workforce.CourseRuns;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The training calendar: upcoming runs soonest first, then past runs latest first, as far as the caller may see. */
@Controller
class TrainingCalendarController {

    private final CourseRuns runs;
    private final SiteNames siteNames;

    TrainingCalendarController(CourseRuns runs, SiteNames siteNames) {
        this.runs = runs;
        this.siteNames = siteNames;
    }

    @GetMapping("/training")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'TRAINER', 'FACILITATOR')")
    String calendar(Model model) {
        LocalDate today = runs.today();
        List<CourseRunSummary> all = runs.calendar();
        model.addAttribute("upcoming", all.stream().filter(r -> r.upcomingOn(today))
                .sorted(java.util.Comparator.comparing(CourseRunSummary::firstDay)).toList());
        model.addAttribute("past", all.stream().filter(r -> !r.upcomingOn(today)).toList());
        model.addAttribute("siteNames", siteNames.visible());
        model.addAttribute("today", today);
        return "workforce/training-calendar";
    }
}
