package org.babysteps.site.funding.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.funding.FundingService;
import org.babysteps.site.funding.FundingStreamDetails;
import org.babysteps.site.funding.VersionedFundingStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One funding stream (read by everyone who may see it, changed by the site lead or a licensor admin), and the licensor's overview. */
@Controller
class FundingStreamController {

    private final FundingService funding;

    FundingStreamController(FundingService funding) {
        this.funding = funding;
    }

    @GetMapping("/funding")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String overview(Model model) {
        model.addAttribute("sites", funding.overview());
        model.addAttribute("streams", funding.allStreams());
        return "site/funding/overview";
    }

    @GetMapping("/funding/{streamId}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'COMMISSIONER')")
    String show(@PathVariable UUID streamId, Model model) {
        VersionedFundingStream stream = stream(streamId);
        model.addAttribute("funding", FundingForm.of(stream));
        return page(stream, model);
    }

    @PostMapping("/funding/{streamId}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String update(@PathVariable UUID streamId, @Valid @ModelAttribute("funding") FundingForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        VersionedFundingStream stream = stream(streamId);
        FundingStreamDetails details = FundingFormReader.read(form, errors);
        if (details != null) {
            try {
                funding.update(streamId, form.getVersion(), details);
                redirect.addFlashAttribute("success", "Funding stream saved");
                return "redirect:/funding/" + streamId;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return page(stream, model);
    }

    private String page(VersionedFundingStream stream, Model model) {
        model.addAttribute("stream", stream.stream());
        model.addAttribute("commissioners", funding.commissioners());
        model.addAttribute("statuses", FundingStatus.values());
        return "site/funding/stream";
    }

    private VersionedFundingStream stream(UUID id) {
        return funding.findForEdit(id).orElseThrow(() -> new NotFoundException("Funding stream"));
    }
}
