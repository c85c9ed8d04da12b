package org.babysteps.family.web;

import jakarta.validation.Valid;
import java.util.List;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.NewReferral;
import org.babysteps.family.PossibleDuplicatesException;
import org.babysteps.family.internal.Today;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.SiteSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Referring a family. A referral that looks like a family the site already has comes back with the possible
 * matches, and is saved only when the person referring confirms it is a different family.
 */
@Controller
@PreAuthorize(FamilyWorkers.RULE)
class ReferralController {

    private final FamilyRegistration registration;
    private final ReferralChoices choices;
    private final Today today;

    ReferralController(FamilyRegistration registration, ReferralChoices choices, Today today) {
        this.registration = registration;
        this.choices = choices;
        this.today = today;
    }

    /** A single ticked reason arrives as one string: keep it whole, even if it contains a comma. */
    @InitBinder("referral")
    void keepReasonsWhole(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "vulnerabilityFactors", new CustomCollectionEditor(List.class));
    }

    @GetMapping("/families/new")
    String newReferral(Model model) {
        FamilyForm form = new FamilyForm();
        form.setReferralDate(DateInput.of(today.date()));
        List<SiteSummary> sites = choices.ownSites();
        if (sites.size() == 1) {
            form.setSiteId(sites.get(0).id().value());
        }
        model.addAttribute("referral", form);
        return page(model);
    }

    @PostMapping("/families")
    String refer(@Valid @ModelAttribute("referral") FamilyForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        List<SiteSummary> sites = choices.ownSites();
        if (form.getSiteId() == null && sites.size() == 1) {
            form.setSiteId(sites.get(0).id().value());
        }
        if (sites.stream().noneMatch(site -> site.id().value().equals(form.getSiteId()))) {
            errors.rejectValue("siteId", "rule", "Select the site the family is referred to");
        }
        // the service's rules too, so every problem shows at once rather than one round at a time
        FormProblems.add(errors, registration.check(form.toDetails()));
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            FamilyId id = registration.refer(new NewReferral(new SiteId(form.getSiteId()), form.toDetails(),
                    form.isConfirmNotDuplicate()));
            redirect.addFlashAttribute("success", "Referral saved");
            return "redirect:/families/" + id;
        } catch (PossibleDuplicatesException duplicates) {
            model.addAttribute("duplicates", duplicates.matches());
        } catch (RuleViolationException rejected) {
            FormProblems.add(errors, rejected);
        }
        return page(model);
    }

    private String page(Model model) {
        choices.addTo(model);
        return "family/new";
    }
}
