package org.babysteps.programme.web;

import org.babysteps.platform.NotFoundException;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programmes the platform delivers and each one's curriculum and rules, read-only. Programmes are the
 * licensor's published model, not personal or site data, so everyone signed in may read them.
 */
@Controller
class ProgrammeController {

    private final Programmes programmes;

    ProgrammeController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/programmes")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("programmes", programmes.all());
        return "programme/list";
    }

    /** The current version, or an earlier one with {@code ?version=1}; unknown or malformed ids answer 404. */
    @GetMapping("/programmes/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable String id, @RequestParam(required = false) Integer version, Model model) {
        ProgrammeId programmeId = parse(id);
        ProgrammeDefinition current = programmes.find(programmeId).orElseThrow(ProgrammeController::notFound);
        ProgrammeDefinition shown = version == null ? current
                : programmes.find(programmeId, version).orElseThrow(ProgrammeController::notFound);
        model.addAttribute("page", ProgrammePage.of(shown));
        model.addAttribute("current", shown.version() == current.version());
        model.addAttribute("versions", programmes.versions(programmeId).stream().map(ProgrammeDefinition::version).toList());
        return "programme/show";
    }

    private static ProgrammeId parse(String id) {
        try {
            return new ProgrammeId(id);
        } catch (IllegalArgumentException malformed) {
            throw notFound();
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Programme");
    }
}
