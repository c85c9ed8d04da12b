package org.babysteps.delivery.web;

import org.babysteps.platform.web.DateFields;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.delivery.DeliveryRuleException;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.FamilyPlaces;
import org.babysteps.delivery.HomeVisitRecord;
import org.babysteps.delivery.HomeVisitSlot;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.delivery.Roster;
import org.babysteps.family.ConsentRequiredException;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.web.RuleErrors;
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
 * The delivery side of a family: its place in a group and its home visits. The family page (family module) loads
 * the panel with htmx, so neither module needs to know the other's internals.
 */
@Controller
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class FamilyDeliveryController {

    private final Families families;
    private final HomeVisits homeVisits;
    private final FamilyPlaces places;
    private final Roster roster;

    FamilyDeliveryController(Families families, HomeVisits homeVisits, FamilyPlaces places, Roster roster) {
        this.families = families;
        this.homeVisits = homeVisits;
        this.places = places;
        this.roster = roster;
    }

    @GetMapping("/families/{id}/delivery")
    String panel(@PathVariable UUID id, Model model) {
        FamilyId family = new FamilyId(id);
        model.addAttribute("family", family(family));
        model.addAttribute("visits", homeVisits.ofFamily(family));
        model.addAttribute("places", places.of(family));
        return "delivery/family-panel :: panel";
    }

    @GetMapping("/families/{id}/visits/{code}")
    String visit(@PathVariable UUID id, @PathVariable String code, Model model) {
        FamilyId family = new FamilyId(id);
        HomeVisitSlot slot = slot(family, code);
        model.addAttribute("visit", HomeVisitForm.of(slot.visit()));
        return visitPage(family(family), slot, model);
    }

    @PostMapping("/families/{id}/visits/{code}")
    String saveVisit(@PathVariable UUID id, @PathVariable String code, @Valid @ModelAttribute("visit") HomeVisitForm form,
                     BindingResult errors, Model model, RedirectAttributes redirect) {
        FamilyId family = new FamilyId(id);
        FamilySummary summary = family(family);
        HomeVisitSlot slot = slot(family, code);
        LocalDate planned = DateFields.parse(form.getPlannedDate(), "plannedDate", "the planned date", false, errors);
        LocalDate done = DateFields.parse(form.getDoneOn(), "doneOn", "the date done", false, errors);
        if (!errors.hasErrors()) {
            try {
                homeVisits.save(family, code, new HomeVisitRecord(planned, done, form.getDurationMinutes(), form.getNotes(),
                        form.getTalkAndListenDone(), form.getVisitors().stream().map(FacilitatorId::new).toList(),
                        form.getVersion()));
                redirect.addFlashAttribute("success", slot.definition().title() + " saved");
                return "redirect:/families/" + id;
            } catch (ConsentRequiredException | DeliveryRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return visitPage(summary, slot, model);
    }

    private String visitPage(FamilySummary family, HomeVisitSlot slot, Model model) {
        model.addAttribute("family", family);
        model.addAttribute("slot", slot);
        model.addAttribute("roster", roster.atSite(family.siteId()));
        return "delivery/home-visit";
    }

    private HomeVisitSlot slot(FamilyId family, String code) {
        return homeVisits.ofFamily(family).stream().filter(s -> s.definition().code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Home visit"));
    }

    private FamilySummary family(FamilyId id) {
        return families.find(id).orElseThrow(() -> new NotFoundException("Family"));
    }
}
