package org.babysteps.workforce.web;

import java.util.List;
import org.babysteps.workforce.CourseRunView;
import org.babysteps.workforce.CourseRuns;
import org.babysteps.workforce.RunMember;
import org.babysteps.workforce.RunMembers;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the run page's model: shared by showing it and by showing it again with a refused addition. */
@Component
class RunPage {

    private final RunMembers members;
    private final CourseRuns runs;
    private final SiteNames siteNames;

    RunPage(RunMembers members, CourseRuns runs, SiteNames siteNames) {
        this.members = members;
        this.runs = runs;
        this.siteNames = siteNames;
    }

    String show(CourseRunView run, Model model) {
        model.addAttribute("r", run);
        model.addAttribute("today", runs.today());
        model.addAttribute("siteName", siteNames.of(run.siteId(), siteNames.visible()));
        List<RunMember> candidates = run.manageable() ? members.candidates(run.id()) : List.of();
        model.addAttribute("candidates", candidates);
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new MemberForm());
        }
        return "workforce/training-run";
    }
}
