package org.babysteps.reporting.web;

import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.internal.WorkforceReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Workforce pages: a site's own workforce, capacity and supervision; the licensor's table across sites. */
@Controller
class WorkforceReportController {

    private final WorkforceReport report;

    WorkforceReportController(WorkforceReport report) {
        this.report = report;
    }

    @GetMapping("/sites/{id}/workforce")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String site(@PathVariable UUID id, Model model) {
        model.addAttribute("w", report.siteWorkforce(new SiteId(id)));
        return "reporting/site-workforce";
    }

    @GetMapping("/workforce")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String acrossSites(Model model) {
        model.addAttribute("rows", report.acrossSites());
        return "reporting/workforce";
    }
}
