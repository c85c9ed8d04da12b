package org.babysteps.reporting.web;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.site.Licences;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.EvidencePack;
import org.babysteps.reporting.EvidencePacks;
import org.babysteps.reporting.ReportingPeriod;
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

/** A site's evidence pack for re-commissioning, as a page and a PDF: the lead, the licensor, the site's commissioner. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'COMMISSIONER')")
class EvidenceController {

    private final EvidencePacks packs;
    private final ReportPdf pdf;
    private final Sites sites;
    private final Licences licences;

    EvidenceController(EvidencePacks packs, ReportPdf pdf, Sites sites, Licences licences) {
        this.licences = licences;
        this.packs = packs;
        this.pdf = pdf;
        this.sites = sites;
    }

    @GetMapping("/sites/{id}/evidence")
    String page(@PathVariable UUID id, @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
        SiteId site = new SiteId(id);
        model.addAttribute("site", sites.find(site).orElseThrow(() -> new NotFoundException("Site")));
        LocalDate licenceStart = LicenceStart.of(licences, site);
        model.addAttribute("licenceStart", licenceStart);
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_YEAR, licenceStart, errors);
        if (period != null) {
            model.addAttribute("p", packs.forSite(site, period));
        }
        return "reporting/evidence/site";
    }

    @GetMapping("/sites/{id}/evidence.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @ModelAttribute("periodForm") PeriodForm form, BindingResult errors) {
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_YEAR,
                LicenceStart.of(licences, new SiteId(id)), errors);
        if (period == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(errors.getAllErrors().get(0).getDefaultMessage().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        EvidencePack pack = packs.forSite(new SiteId(id), period);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("evidence-pack-" + pack.period().from() + "-to-" + pack.period().to() + ".pdf").build().toString())
                .body(pdf.render(pack));
    }
}
