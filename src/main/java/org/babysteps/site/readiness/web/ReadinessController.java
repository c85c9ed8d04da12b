package org.babysteps.site.readiness.web;

import java.util.List;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.ReadinessAssessments;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.readiness.AssessmentRow;
import org.babysteps.site.readiness.ReadinessQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's readiness assessments, starting a new one, comparing two, and the licensor's review queue. */
@Controller
class ReadinessController {

    private final Sites sites;
    private final ReadinessQueries queries;
    private final ReadinessAssessments assessments;

    ReadinessController(Sites sites, ReadinessQueries queries, ReadinessAssessments assessments) {
        this.sites = sites;
        this.queries = queries;
        this.assessments = assessments;
    }

    @GetMapping("/sites/{id}/readiness")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        List<AssessmentRow> rows = queries.ofSite(site.id());
        model.addAttribute("site", site);
        model.addAttribute("assessments", rows);
        model.addAttribute("canStart", rows.stream().allMatch(AssessmentRow::decided));
        return "site/readiness/list";
    }

    @PostMapping("/sites/{id}/readiness")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        UUID assessment = assessments.start(site.id(), UkTime.today());
        redirect.addFlashAttribute("success", "New readiness assessment started");
        return "redirect:/sites/" + id + "/readiness/" + assessment;
    }

    @GetMapping("/readiness")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String queue(Model model) {
        model.addAttribute("assessments", queries.awaitingReview());
        return "site/readiness/queue";
    }

    /** Two assessments side by side; without a choice, the site's two most recent. */
    @GetMapping("/sites/{id}/readiness/comparison")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String compare(@PathVariable UUID id, @RequestParam(required = false) UUID first,
                   @RequestParam(required = false) UUID second, Model model) {
        SiteSummary site = site(id);
        List<AssessmentRow> rows = queries.ofSite(site.id());
        model.addAttribute("site", site);
        model.addAttribute("assessments", rows);
        if (first == null && second == null && rows.size() >= 2) {
            first = rows.get(1).id();
            second = rows.get(0).id();
        }
        if (first != null && second != null) {
            model.addAttribute("comparison", queries.compare(site.id(), first, second)
                    .orElseThrow(() -> new NotFoundException("Assessment")));
        }
        return "site/readiness/compare";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
