package org.babysteps.reporting.evaluation.web;

import java.util.Map;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.evaluation.EvaluationReportBuilder;
import org.babysteps.reporting.evaluation.EvaluationReportContent;
import org.babysteps.reporting.evaluation.EvaluationReportRecord;
import org.babysteps.reporting.evaluation.EvaluationReports;
import org.babysteps.reporting.evaluation.NarrativeSection;
import org.babysteps.reporting.web.ReportPdf;
import org.babysteps.site.Sites;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Local evaluation reports: a site's list (and, for its lead, the form to start one), the report as a page and a
 * PDF, the narrative form, and sharing with commissioners. Readers the report is not for are told it does not exist.
 */
@Controller
class EvaluationReportController {

    private static final String READERS =
            "hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'COMMISSIONER', 'EVALUATOR')";

    private final EvaluationReports reports;
    private final EvaluationReportBuilder builder;
    private final ReportPdf pdf;
    private final Sites sites;

    EvaluationReportController(EvaluationReports reports, EvaluationReportBuilder builder, ReportPdf pdf, Sites sites) {
        this.reports = reports;
        this.builder = builder;
        this.pdf = pdf;
        this.sites = sites;
    }

    @GetMapping("/sites/{id}/evaluation")
    @PreAuthorize(READERS)
    String list(@PathVariable UUID id, Model model) {
        SiteId site = new SiteId(id);
        if (!model.containsAttribute("newReport")) {
            NewReportForm form = new NewReportForm();
            ReportingPeriod lastYear = ReportingPeriod.lastTwelveMonths(UkTime.today());
            form.setFrom(lastYear.from().toString());
            form.setTo(lastYear.to().toString());
            model.addAttribute("newReport", form);
        }
        return listPage(site, model);
    }

    @PostMapping("/sites/{id}/evaluation")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String start(@PathVariable UUID id, @ModelAttribute("newReport") NewReportForm form, BindingResult errors,
                 Model model) {
        SiteId site = new SiteId(id);
        ReportingPeriod period = form.check(errors);
        if (period != null) {
            try {
                return "redirect:/evaluation/" + reports.start(site, form.getTitle(), period) + "/narrative";
            } catch (RuleViolationException rule) {
                errors.rejectValue(rule.field(), "rule", rule.getMessage());
            }
        }
        return listPage(site, model);
    }

    @GetMapping("/evaluation/{reportId}")
    @PreAuthorize(READERS)
    String show(@PathVariable UUID reportId, Model model) {
        EvaluationReportContent content = builder.build(reportId);
        model.addAttribute("r", content);
        model.addAttribute("sections", NarrativeSection.values());
        model.addAttribute("writes", reports.writes(content.report().site()));
        return "reporting/evaluation/show";
    }

    @GetMapping("/evaluation/{reportId}.pdf")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> pdf(@PathVariable UUID reportId) {
        EvaluationReportContent content = builder.build(reportId);
        ReportingPeriod period = content.pack().period();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("local-evaluation-" + period.from() + "-to-" + period.to() + ".pdf").build().toString())
                .body(pdf.render("reporting/evaluation/print", Map.of("r", content, "sections", NarrativeSection.values())));
    }

    @GetMapping("/evaluation/{reportId}/narrative")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String narrative(@PathVariable UUID reportId, Model model) {
        EvaluationReportRecord report = writable(reportId);
        model.addAttribute("narrative", NarrativeForm.of(report));
        return narrativePage(report, model);
    }

    @PostMapping("/evaluation/{reportId}/narrative")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String saveNarrative(@PathVariable UUID reportId, @ModelAttribute("narrative") NarrativeForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        EvaluationReportRecord report = writable(reportId);
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                reports.saveNarrative(reportId, form.getVersion(), form.sections());
                redirect.addFlashAttribute("success", "The report's narrative has been saved.");
                return "redirect:/evaluation/" + reportId;
            } catch (RuleViolationException rule) {
                errors.reject(rule.field(), rule.getMessage());
            }
        }
        return narrativePage(report, model);
    }

    @PostMapping("/evaluation/{reportId}/share")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String share(@PathVariable UUID reportId, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        reports.share(reportId, version);
        redirect.addFlashAttribute("success", "The report is shared: the site's commissioners can now open it.");
        return "redirect:/evaluation/" + reportId;
    }

    @PostMapping("/evaluation/{reportId}/withdraw")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String withdraw(@PathVariable UUID reportId, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        reports.withdraw(reportId, version);
        redirect.addFlashAttribute("success", "The report is back to draft: commissioners cannot open it until you share it again.");
        return "redirect:/evaluation/" + reportId;
    }

    private String listPage(SiteId site, Model model) {
        model.addAttribute("site", sites.find(site).orElseThrow(() -> new NotFoundException("Site")));
        model.addAttribute("reports", reports.forSite(site));
        model.addAttribute("writes", reports.writes(site));
        return "reporting/evaluation/list";
    }

    private String narrativePage(EvaluationReportRecord report, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("sections", NarrativeSection.values());
        return "reporting/evaluation/narrative";
    }

    /** The report, when the signed-in lead writes it; a report of another site is one that does not exist. */
    private EvaluationReportRecord writable(UUID reportId) {
        EvaluationReportRecord report = reports.find(reportId);
        if (!reports.writes(report.site())) {
            throw new NotFoundException("Evaluation report");
        }
        return report;
    }
}
