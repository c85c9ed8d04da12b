package org.babysteps.family.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.family.DeliveryMode;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.internal.FamilyProfile;
import org.babysteps.family.internal.FamilyReader;
import org.babysteps.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the baby's birth after it, or correcting it. */
@Controller
@PreAuthorize(FamilyWorkers.RULE)
class BirthController {

    private final FamilyReader reader;
    private final FamilyRegistration registration;

    BirthController(FamilyReader reader, FamilyRegistration registration) {
        this.reader = reader;
        this.registration = registration;
    }

    @GetMapping("/families/{id}/birth")
    String birth(@PathVariable UUID id, Model model) {
        FamilyProfile profile = reader.profile(new FamilyId(id));
        model.addAttribute("birth", profile.birth().map(BirthForm::of).orElseGet(BirthForm::new));
        return page(profile, model);
    }

    @PostMapping("/families/{id}/birth")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("birth") BirthForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        FamilyId family = new FamilyId(id);
        // the birth rules too, so every problem shows at once rather than one round at a time
        FormProblems.add(errors, registration.birthProblems(family, form.toBirth()));
        if (!errors.hasErrors()) {
            try {
                registration.recordBirth(family, form.toBirth());
                redirect.addFlashAttribute("success", "Birth recorded");
                return "redirect:/families/" + id + "#birth";
            } catch (RuleViolationException rejected) {
                FormProblems.add(errors, rejected);
            }
        }
        return page(reader.profile(family), model);
    }

    private String page(FamilyProfile profile, Model model) {
        model.addAttribute("family", profile.family().row());
        model.addAttribute("recordedBefore", profile.birth().isPresent());
        model.addAttribute("deliveryModes", DeliveryMode.values());
        return "family/birth";
    }
}
