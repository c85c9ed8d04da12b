package org.babysteps.reporting.web;

import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.reporting.EvidencePack;
import org.babysteps.reporting.EvidencePacks;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.FundingStreamSummary;
import org.babysteps.site.FundingStreams;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One click from a funding stream: the evidence pack for the period it paid for. A commissioner reaches only the
 * streams their own organisation pays for; any other stream is "not found".
 */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'COMMISSIONER')")
class FundingEvidenceController {

    private final FundingStreams funding;
    private final EvidencePacks packs;
    private final ReportPdf pdf;

    FundingEvidenceController(FundingStreams funding, EvidencePacks packs, ReportPdf pdf) {
        this.funding = funding;
        this.packs = packs;
        this.pdf = pdf;
    }

    @GetMapping("/funding/{streamId}/evidence")
    String page(@PathVariable UUID streamId, Model model) {
        FundingStreamSummary stream = stream(streamId);
        model.addAttribute("stream", stream);
        model.addAttribute("p", packs.forSite(stream.site(), period(stream)));
        return "reporting/evidence/funding";
    }

    @GetMapping("/funding/{streamId}/evidence.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID streamId) {
        FundingStreamSummary stream = stream(streamId);
        EvidencePack pack = packs.forSite(stream.site(), period(stream));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("evidence-pack-" + pack.period().from() + "-to-" + pack.period().to() + ".pdf")
                        .build().toString())
                .body(pdf.render(pack));
    }

    private FundingStreamSummary stream(UUID streamId) {
        return funding.find(streamId).orElseThrow(() -> new NotFoundException("Funding stream"));
    }

    /** The funded period; the pack itself counts only what has happened by today. */
    private static ReportingPeriod period(FundingStreamSummary stream) {
        return new ReportingPeriod(stream.startsOn(), stream.endsOn());
    }
}
