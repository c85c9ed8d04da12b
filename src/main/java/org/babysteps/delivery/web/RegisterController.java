package org.babysteps.delivery.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.delivery.AttendanceStatus;
import org.babysteps.delivery.DeliveryRuleException;
import org.babysteps.delivery.RegisterConflictException;
import org.babysteps.delivery.RegisterIncompleteException;
import org.babysteps.delivery.RegisterSheet;
import org.babysteps.delivery.Registers;
import org.babysteps.delivery.SessionId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One register screen per session: every parent and supporter with three radios each, saved in one go. Works
 * with the keyboard alone and on a tablet; the form carries the register version it was built from.
 */
@Controller
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class RegisterController {

    private static final String PREFIX = "attendance-";

    private final Registers registers;

    RegisterController(Registers registers) {
        this.registers = registers;
    }

    @GetMapping("/sessions/{id}/register")
    String show(@PathVariable UUID id, Model model) {
        RegisterSheet sheet = registers.sheet(new SessionId(id));
        Map<String, String> chosen = new HashMap<>();
        sheet.lines().forEach(line -> {
            if (line.status() != null) {
                chosen.put(line.participantId().toString(), line.status().name());
            }
        });
        return page(sheet, chosen, sheet.session().registerVersion(), model);
    }

    @PostMapping("/sessions/{id}/register")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        SessionId sessionId = new SessionId(id);
        Map<String, String> chosen = new HashMap<>();
        Map<UUID, AttendanceStatus> marks = new HashMap<>();
        form.forEach((name, value) -> readMark(name, value, chosen, marks));
        int version = parseVersion(form.get("version"));
        try {
            registers.save(sessionId, version, marks);
            redirect.addFlashAttribute("success", "Register saved");
            return "redirect:/sessions/" + id;
        } catch (RegisterConflictException conflict) {
            model.addAttribute("conflict", conflict);
            return page(registers.sheet(sessionId), chosen, conflict.currentVersion(), model);
        } catch (RegisterIncompleteException incomplete) {
            model.addAttribute("unmarked", incomplete.unmarked().stream().map(line -> line.participantId().toString()).toList());
            model.addAttribute("unmarkedLines", incomplete.unmarked());
            return page(registers.sheet(sessionId), chosen, version, model);
        } catch (DeliveryRuleException rule) {
            model.addAttribute("problem", rule);
            return page(registers.sheet(sessionId), chosen, version, model);
        }
    }

    private static void readMark(String name, String value, Map<String, String> chosen, Map<UUID, AttendanceStatus> marks) {
        if (!name.startsWith(PREFIX)) {
            return;
        }
        try {
            UUID participant = UUID.fromString(name.substring(PREFIX.length()));
            AttendanceStatus status = AttendanceStatus.valueOf(value);
            chosen.put(participant.toString(), status.name());
            marks.put(participant, status);
        } catch (IllegalArgumentException ignored) {
            // a tampered field name or value is treated as not answered, and the page asks for it
        }
    }

    private static int parseVersion(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String page(RegisterSheet sheet, Map<String, String> chosen, int version, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("chosen", chosen);
        model.addAttribute("version", version);
        model.addAttribute("statuses", AttendanceStatus.values());
        if (!model.containsAttribute("unmarked")) {
            model.addAttribute("unmarked", java.util.List.of());
        }
        return "delivery/register";
    }
}
