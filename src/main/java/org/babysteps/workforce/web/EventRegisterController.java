package org.babysteps.workforce.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.workforce.CourseRunId;
import org.babysteps.workforce.EventRegister;
import org.babysteps.workforce.EventRegisters;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.TrainingRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One register per training event: every trainee present or absent, saved in one go by the run's trainers. */
@Controller
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'TRAINER')")
class EventRegisterController {

    private static final String PREFIX = "attendance-";

    private final EventRegisters registers;

    EventRegisterController(EventRegisters registers) {
        this.registers = registers;
    }

    @GetMapping("/training/runs/{id}/events/{n}/register")
    String show(@PathVariable UUID id, @PathVariable int n, Model model) {
        EventRegister register = registers.sheet(new CourseRunId(id), n);
        Map<String, String> chosen = new HashMap<>();
        register.marks().forEach((p, present) -> chosen.put(p.toString(), present ? "PRESENT" : "ABSENT"));
        return page(register, chosen, register.event().registerVersion(), model);
    }

    @PostMapping("/training/runs/{id}/events/{n}/register")
    String save(@PathVariable UUID id, @PathVariable int n, @RequestParam Map<String, String> form, Model model,
                RedirectAttributes redirect) {
        Map<String, String> chosen = new HashMap<>();
        Map<PractitionerId, Boolean> marks = new HashMap<>();
        form.forEach((name, value) -> read(name, value, chosen, marks));
        CourseRunId run = new CourseRunId(id);
        int version = parseVersion(form.get("version"));
        try {
            registers.save(run, n, version, marks);
        } catch (TrainingRuleException rule) {
            model.addAttribute("problem", rule);
            EventRegister now = registers.sheet(run, n);
            if (now.event().registerVersion() != version) {
                // someone else saved it: show what they saved, built on their version, so nothing is overwritten blindly
                chosen.clear();
                now.marks().forEach((p, present) -> chosen.put(p.toString(), present ? "PRESENT" : "ABSENT"));
            }
            return page(now, chosen, now.event().registerVersion(), model);
        }
        redirect.addFlashAttribute("success", "Register for event " + n + " saved");
        return "redirect:/training/runs/" + id;
    }

    private static void read(String name, String value, Map<String, String> chosen, Map<PractitionerId, Boolean> marks) {
        if (!name.startsWith(PREFIX) || !("PRESENT".equals(value) || "ABSENT".equals(value))) {
            return;
        }
        try {
            PractitionerId trainee = new PractitionerId(UUID.fromString(name.substring(PREFIX.length())));
            chosen.put(trainee.toString(), value);
            marks.put(trainee, "PRESENT".equals(value));
        } catch (IllegalArgumentException ignored) {
            // a tampered field name is treated as not answered, and the page asks for it
        }
    }

    /** A missing or unreadable version matches none, so such a form is refused as stale rather than saved. */
    private static int parseVersion(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.trim());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    private static String page(EventRegister register, Map<String, String> chosen, int version, Model model) {
        model.addAttribute("register", register);
        model.addAttribute("version", version);
        model.addAttribute("chosen", chosen);
        return "workforce/training-register";
    }
}
