package org.babysteps.family.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyChangedMeanwhileException;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.internal.FamilyRecord;
import org.babysteps.family.internal.FamilyReader;
import org.babysteps.family.internal.ReferralRules;
import org.babysteps.platform.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a family's details. Edits are optimistic: a save built on details someone else has since changed is
 * refused with a message, the user's input stays on the form, and the other person's save is kept.
 */
@Controller
@PreAuthorize(FamilyWorkers.RULE)
class FamilyEditController {

    private final FamilyReader reader;
    private final FamilyRegistration registration;
    private final ReferralRules rules;
    private final ReferralChoices choices;

    FamilyEditController(FamilyReader reader, FamilyRegistration registration, ReferralRules rules,
                         ReferralChoices choices) {
        this.reader = reader;
        this.registration = registration;
        this.rules = rules;
        this.choices = choices;
    }

    /** A single ticked reason arrives as one string: keep it whole, even if it contains a comma. */
    @InitBinder("referral")
    void keepReasonsWhole(WebDataBinder binder) {
        binder.registerCustomEditor(List.class, "vulnerabilityFactors", new CustomCollectionEditor(List.class));
    }

    @GetMapping("/families/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        FamilyRecord family = reader.family(new FamilyId(id));
        model.addAttribute("referral", FamilyForm.of(family));
        return page(family, model);
    }

    @PostMapping("/families/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("referral") FamilyForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        FamilyRecord current = reader.family(new FamilyId(id));
        FormProblems.add(errors, rules.problems(form.toDetails(), rules.referredUnder(current.row())));
        if (!errors.hasErrors()) {
            try {
                registration.update(current.row().id(), form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("success", "Family details saved");
                return "redirect:/families/" + id;
            } catch (FamilyChangedMeanwhileException changed) {
                FormProblems.add(errors, changed);
                // saving again should build on what is stored now; the user's input stays as typed
                form.setVersion(current.row().version());
            } catch (RuleViolationException rejected) {
                FormProblems.add(errors, rejected);
            }
        }
        return page(current, model);
    }

    private String page(FamilyRecord family, Model model) {
        model.addAttribute("family", family.row());
        choices.addTo(model, rules.referredUnder(family.row()));
        return "family/edit";
    }
}
