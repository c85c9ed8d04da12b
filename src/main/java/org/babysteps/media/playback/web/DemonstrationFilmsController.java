package org.babysteps.media.playback.web;

import java.util.UUID;
import org.babysteps.media.playback.DemonstrationCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licensor's demonstration films: the list, a film's watch page (its stream and viewings are every film's, under
 * /videos), and deleting one. Who may watch is decided by the service, by role and recorded training.
 */
@Controller
class DemonstrationFilmsController {

    private final DemonstrationCatalogue catalogue;

    DemonstrationFilmsController(DemonstrationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    // anyone signed in asks; the service answers those the films are not for (a commissioner) as if there were none
    @GetMapping("/demonstration-films")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("films", catalogue.list());
        model.addAttribute("manages", catalogue.manages());
        return "media/demonstration-films";
    }

    @GetMapping("/demonstration-films/{demonstrationId}")
    @PreAuthorize("isAuthenticated()")
    String watch(@PathVariable UUID demonstrationId, Model model) {
        model.addAttribute("film", catalogue.watch(demonstrationId));
        model.addAttribute("manages", catalogue.manages());
        return "media/demonstration-watch";
    }

    @GetMapping("/demonstration-films/{demonstrationId}/deletion")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String confirmDeletion(@PathVariable UUID demonstrationId, Model model) {
        model.addAttribute("film", catalogue.toDelete(demonstrationId));
        return "media/demonstration-delete";
    }

    @PostMapping("/demonstration-films/{demonstrationId}/deletion")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String delete(@PathVariable UUID demonstrationId, RedirectAttributes redirect) {
        String title = catalogue.delete(demonstrationId);
        redirect.addFlashAttribute("success", "“" + title + "” has been deleted");
        return "redirect:/demonstration-films";
    }
}
