package org.babysteps.family.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.internal.FamilyProfile;
import org.babysteps.family.internal.FamilyReader;
import org.babysteps.family.internal.Today;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.Agency;
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

/**
 * A family's page: the referral, consents, the journey with its history and a form to record the next step,
 * and the baby's birth. A family of another site answers 404, exactly like one that does not exist.
 */
@Controller
@PreAuthorize(FamilyWorkers.RULE)
class FamilyPageController {

    private final FamilyReader reader;
    private final FamilyJourney journey;
    private final Sites sites;
    private final Today today;

    FamilyPageController(FamilyReader reader, FamilyJourney journey, Sites sites, Today today) {
        this.reader = reader;
        this.journey = journey;
        this.sites = sites;
        this.today = today;
    }

    @GetMapping("/families/{id}")
    String show(@PathVariable UUID id, Model model) {
        JourneyStepForm step = new JourneyStepForm();
        step.setOn(DateInput.of(today.date()));
        model.addAttribute("step", step);
        return page(new FamilyId(id), model);
    }

    @PostMapping("/families/{id}/journey")
    String recordStep(@PathVariable UUID id, @Valid @ModelAttribute("step") JourneyStepForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        FamilyId familyId = new FamilyId(id);
        if (!errors.hasErrors()) {
            try {
                journey.record(familyId, form.toStep());
                redirect.addFlashAttribute("success", "Step recorded: " + form.getStage().label().toLowerCase());
                return "redirect:/families/" + id + "#journey";
            } catch (RuleViolationException rejected) {
                FormProblems.add(errors, rejected);
            }
        }
        return page(familyId, model);
    }

    private String page(FamilyId id, Model model) {
        FamilyProfile profile = reader.profile(id);
        Map<UUID, String> agencyNames = sites.agenciesOf(profile.family().row().siteId()).stream()
                .collect(Collectors.toMap(agency -> agency.id().value(), Agency::name, (a, b) -> a));
        model.addAttribute("family", profile.family().row());
        model.addAttribute("profile", profile);
        model.addAttribute("agencyNames", agencyNames);
        model.addAttribute("site", sites.find(profile.family().row().siteId()).orElse(null));
        model.addAttribute("steps", journey.stepsAllowedFrom(profile.family().row().stage()));
        model.addAttribute("contactMethods", ContactMethod.values());
        return "family/show";
    }
}
