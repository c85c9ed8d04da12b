package org.babysteps.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.outcomes.NationalOutcomeTable;
import org.babysteps.reporting.outcomes.NationalOutcomes;
import org.babysteps.reporting.outcomes.NationalOutcomesCsv;
import org.babysteps.reporting.outcomes.SiteOutcomeDashboard;
import org.babysteps.site.Licences;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Outcomes of questionnaires: a site's dashboard (its lead, and the licensor seeing it as beyond the site), and the
 * licensor's table of all sites as a page and a CSV. The later time point comes from {@code later}; an unknown one
 * is a page that does not exist.
 */
@Controller
class OutcomesController {

    private final OutcomeAnalyses analyses;
    private final NationalOutcomes national;
    private final Sites sites;
    private final Licences licences;
    private final Access access;

    OutcomesController(OutcomeAnalyses analyses, NationalOutcomes national, Sites sites, Licences licences, Access access) {
        this.analyses = analyses;
        this.national = national;
        this.sites = sites;
        this.licences = licences;
        this.access = access;
    }

    @GetMapping("/sites/{id}/outcomes")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String site(@PathVariable UUID id, @RequestParam(required = false) String later,
                @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
        SiteId site = new SiteId(id);
        model.addAttribute("site", sites.find(site).orElseThrow(() -> new NotFoundException("Site")));
        OutcomeComparison comparison = comparison(later);
        LocalDate licenceStart = LicenceStart.of(licences, site);
        model.addAttribute("licenceStart", licenceStart);
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_YEAR, licenceStart, errors);
        boolean ownSite = ownSite(site);
        model.addAttribute("comparisons", OutcomeComparison.OFFERED);
        model.addAttribute("comparison", comparison);
        model.addAttribute("period", period);
        model.addAttribute("ownSite", ownSite);
        if (period != null) {
            model.addAttribute("panels", SiteOutcomeDashboard.panels(analyses.analyseEach(OutcomeScope.site(site),
                    period.from(), period.to(), comparison), ownSite ? PairedAudience.OWN_SITE : PairedAudience.BEYOND_THE_SITE));
        }
        return "outcomes/analysis/site";
    }

    @GetMapping("/outcomes")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String national(@RequestParam(required = false) String later, @RequestParam(required = false) String sort,
                    @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
        OutcomeComparison comparison = comparison(later);
        String sorted = sort != null && NationalOutcomeTable.SORTS.contains(sort) ? sort : "site";
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_YEAR, null, errors);
        model.addAttribute("licenceStart", null);
        model.addAttribute("comparisons", OutcomeComparison.OFFERED);
        model.addAttribute("comparison", comparison);
        model.addAttribute("period", period);
        model.addAttribute("sort", sorted);
        model.addAttribute("sorts", NationalOutcomeTable.SORTS);
        if (period != null) {
            model.addAttribute("tables", national.tables(period, comparison, sorted));
        }
        return "outcomes/analysis/national";
    }

    @GetMapping("/outcomes.csv")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String later, @RequestParam(required = false) String sort,
                               @ModelAttribute("periodForm") PeriodForm form, BindingResult errors) {
        OutcomeComparison comparison = comparison(later);
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_YEAR, null, errors);
        if (period == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(errors.getAllErrors().get(0).getDefaultMessage().getBytes(StandardCharsets.UTF_8));
        }
        String csv = NationalOutcomesCsv.write(national.tables(period, comparison, sort));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("outcomes-by-site-" + period.from() + "-to-" + period.to() + ".csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The default comparison without {@code later}; a later time point not offered is a page that does not exist. */
    private static OutcomeComparison comparison(String later) {
        if (later == null || later.isBlank()) {
            return OutcomeComparison.TO_END_OF_PROGRAMME;
        }
        return OutcomeComparison.toLater(later).orElseThrow(() -> new NotFoundException("Comparison"));
    }

    /** Exact counts only for the site's own lead, who already knows its families; anyone else sees it as beyond the site. */
    private boolean ownSite(SiteId site) {
        CurrentUser user = access.currentUser();
        return user.has(Role.SITE_LEAD) && user.siteIds().contains(site);
    }
}
