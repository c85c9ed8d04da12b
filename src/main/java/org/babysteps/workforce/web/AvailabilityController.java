package org.babysteps.workforce.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.workforce.Availability;
import org.babysteps.workforce.AvailabilityPartOfDay;
import org.babysteps.workforce.AvailabilityPlan;
import org.babysteps.workforce.AvailabilitySlot;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.WorkforceRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A practitioner's usual week and leave, kept by themself or their site lead. */
@Controller
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR', 'TRAINER')")
class AvailabilityController {

    private final Availability availability;

    AvailabilityController(Availability availability) {
        this.availability = availability;
    }

    /** One's own availability; someone with no practitioner record has none to keep. */
    @GetMapping("/availability")
    String mine() {
        return availability.mine().map(id -> "redirect:/practitioners/" + id + "/availability")
                .orElseThrow(() -> new org.babysteps.platform.NotFoundException("Practitioner"));
    }

    @GetMapping("/practitioners/{id}/availability")
    String show(@PathVariable UUID id, Model model) {
        AvailabilityPlan plan = availability.plan(new PractitionerId(id));
        AvailabilityWeekForm week = new AvailabilityWeekForm();
        week.setSlots(plan.usualWeek().stream().map(AvailabilitySlot::code).collect(Collectors.toSet()));
        model.addAttribute("week", week);
        model.addAttribute("leave", new AvailabilityLeaveForm());
        return page(plan, model);
    }

    @PostMapping("/practitioners/{id}/availability")
    String saveWeek(@PathVariable UUID id, @ModelAttribute("week") AvailabilityWeekForm week, BindingResult errors,
                    RedirectAttributes redirect) {
        Set<AvailabilitySlot> slots = new HashSet<>();
        for (String code : week.getSlots()) {
            try {
                slots.add(AvailabilitySlot.parse(code));
            } catch (IllegalArgumentException unknown) {
                // only a tampered form sends an unknown code; ignoring it saves what the person could see
            }
        }
        availability.saveUsualWeek(new PractitionerId(id), slots);
        redirect.addFlashAttribute("success", "Usual week saved");
        return "redirect:/practitioners/" + id + "/availability";
    }

    @PostMapping("/practitioners/{id}/availability/leave")
    String addLeave(@PathVariable UUID id, @ModelAttribute("leave") AvailabilityLeaveForm leave, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        PractitionerId practitioner = new PractitionerId(id);
        AvailabilityPlan plan = availability.plan(practitioner);
        LocalDate from = DateFields.parse(leave.getStartsOn(), "startsOn", "the first day of leave", true, errors);
        LocalDate to = DateFields.parse(leave.getEndsOn(), "endsOn", "the last day of leave", true, errors);
        if (!errors.hasErrors()) {
            try {
                availability.addLeave(practitioner, from, to, leave.getReason());
                redirect.addFlashAttribute("success", "Leave added");
                return "redirect:/practitioners/" + id + "/availability";
            } catch (WorkforceRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        AvailabilityWeekForm week = new AvailabilityWeekForm();
        week.setSlots(plan.usualWeek().stream().map(AvailabilitySlot::code).collect(Collectors.toSet()));
        model.addAttribute("week", week);
        return page(plan, model);
    }

    @PostMapping("/practitioners/{id}/availability/leave/{leaveId}/removal")
    String removeLeave(@PathVariable UUID id, @PathVariable UUID leaveId, RedirectAttributes redirect) {
        availability.removeLeave(new PractitionerId(id), leaveId);
        redirect.addFlashAttribute("success", "Leave removed");
        return "redirect:/practitioners/" + id + "/availability";
    }

    private String page(AvailabilityPlan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("parts", AvailabilityPartOfDay.values());
        return "workforce/availability";
    }
}
