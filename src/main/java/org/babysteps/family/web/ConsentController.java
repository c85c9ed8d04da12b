package org.babysteps.family.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.FamilyId;
import org.babysteps.family.internal.ConsentRecord;
import org.babysteps.family.internal.FamilyProfile;
import org.babysteps.family.internal.FamilyReader;
import org.babysteps.family.internal.Today;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.Sites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a consent a parent gave, and withdrawing one from a date. */
@Controller
@PreAuthorize(FamilyWorkers.RULE)
class ConsentController {

    private final FamilyReader reader;
    private final Consents consents;
    private final Sites sites;
    private final Today today;

    ConsentController(FamilyReader reader, Consents consents, Sites sites, Today today) {
        this.reader = reader;
        this.consents = consents;
        this.sites = sites;
        this.today = today;
    }

    @GetMapping("/families/{id}/consents/new")
    String newConsent(@PathVariable UUID id, Model model) {
        ConsentForm form = new ConsentForm();
        form.setGivenOn(DateInput.of(today.date()));
        model.addAttribute("consent", form);
        return consentPage(new FamilyId(id), model);
    }

    @PostMapping("/families/{id}/consents")
    String give(@PathVariable UUID id, @Valid @ModelAttribute("consent") ConsentForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        FamilyId family = new FamilyId(id);
        if (!errors.hasErrors()) {
            try {
                consents.give(family, form.toConsent());
                redirect.addFlashAttribute("success", "Consent recorded: " + form.getPurpose().label().toLowerCase());
                return "redirect:/families/" + id + "#consents";
            } catch (RuleViolationException rejected) {
                FormProblems.add(errors, rejected);
            }
        }
        return consentPage(family, model);
    }

    @GetMapping("/families/{id}/consents/{consentId}/withdrawal")
    String confirmWithdrawal(@PathVariable UUID id, @PathVariable UUID consentId, Model model) {
        WithdrawalForm form = new WithdrawalForm();
        form.setWithdrawnOn(DateInput.of(today.date()));
        model.addAttribute("withdrawal", form);
        return withdrawalPage(new FamilyId(id), new ConsentId(consentId), model);
    }

    @PostMapping("/families/{id}/consents/{consentId}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable UUID consentId,
                    @Valid @ModelAttribute("withdrawal") WithdrawalForm form, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        FamilyId family = new FamilyId(id);
        if (!errors.hasErrors()) {
            try {
                consents.withdraw(family, new ConsentId(consentId), form.getWithdrawnOn().orNull());
                redirect.addFlashAttribute("success", "Consent withdrawn");
                return "redirect:/families/" + id + "#consents";
            } catch (RuleViolationException rejected) {
                FormProblems.add(errors, rejected);
            }
        }
        return withdrawalPage(family, new ConsentId(consentId), model);
    }

    private String consentPage(FamilyId id, Model model) {
        FamilyProfile profile = reader.profile(id);
        model.addAttribute("family", profile.family().row());
        model.addAttribute("parents", profile.family().parents());
        model.addAttribute("agencies", sites.agenciesOf(profile.family().row().siteId()));
        model.addAttribute("purposes", ConsentPurpose.values());
        return "family/consent-new";
    }

    private String withdrawalPage(FamilyId id, ConsentId consentId, Model model) {
        FamilyProfile profile = reader.profile(id);
        ConsentRecord consent = profile.consents().stream().filter(c -> c.id().equals(consentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Consent"));
        model.addAttribute("family", profile.family().row());
        model.addAttribute("consentRecord", consent);
        return "family/consent-withdrawal";
    }

}
