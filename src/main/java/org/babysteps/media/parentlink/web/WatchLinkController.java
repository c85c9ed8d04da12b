package org.babysteps.media.parentlink.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.babysteps.media.parentlink.CreatedWatchLink;
import org.babysteps.media.parentlink.ParentLinks;
import org.babysteps.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a film's watch page, a practitioner makes a link for a parent of the family to watch that film on their phone,
 * or withdraws one. Making one redirects (Post/Redirect/Get) to a page that shows the link once, from a flash
 * attribute, to copy to the parent (the platform does not send it): reloading that page shows nothing more and makes
 * no other link. Who may do any of it is decided by the service: whoever may watch the film; everyone else finds no
 * such film.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class WatchLinkController {

    private static final String LINK_URL = "linkUrl";

    private final ParentLinks links;
    private final String publicUrl;

    WatchLinkController(ParentLinks links, @Value("${babysteps.public-url}") String publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @PostMapping("/videos/{filmId}/parent-links")
    String create(@PathVariable UUID filmId, @RequestParam(required = false) String parent, Model model,
                  RedirectAttributes redirect) {
        try {
            CreatedWatchLink link = links.create(filmId, uuid(parent));
            // plain strings: the flash map lives in the (JDBC) session until the next request takes it
            redirect.addFlashAttribute(LINK_URL, publicUrl + "/w/" + link.token());
            redirect.addFlashAttribute("linkFor", link.parentName());
            redirect.addFlashAttribute("linkExpires", link.expiresText());
            return "redirect:/videos/" + filmId + "/parent-links/made";
        } catch (RuleViolationException refused) {
            model.addAttribute("videoId", filmId);
            model.addAttribute("panel", links.panel(filmId));
            model.addAttribute("problem", refused);
            return "media/parent-link-new";
        }
    }

    /**
     * The link just made, once: the flash attribute is gone on a reload, which then goes back to the film. Never
     * stored by the browser or a cache.
     */
    @GetMapping("/videos/{filmId}/parent-links/made")
    String made(@PathVariable UUID filmId, Model model, HttpServletResponse response) {
        links.requireSharable(filmId);
        if (!model.containsAttribute(LINK_URL)) {
            return "redirect:/videos/" + filmId + "#parent-links";
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("videoId", filmId);
        return "media/parent-link-created";
    }

    @PostMapping("/videos/{filmId}/parent-links/{parentLinkId}/withdrawal")
    String withdraw(@PathVariable UUID filmId, @PathVariable UUID parentLinkId, RedirectAttributes redirect) {
        String parentName = links.withdraw(filmId, parentLinkId);
        redirect.addFlashAttribute("success", "The link for " + parentName + " no longer works");
        return "redirect:/videos/" + filmId + "#parent-links";
    }

    /** The chosen parent's id, or null for none or nonsense (then the form asks to choose one). */
    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
