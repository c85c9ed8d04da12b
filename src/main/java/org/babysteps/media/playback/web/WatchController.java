package org.babysteps.media.playback.web;

import java.util.List;
import java.util.UUID;
import org.babysteps.media.parentlink.ParentLinks;
import org.babysteps.media.playback.FilmNotes;
import org.babysteps.media.playback.FilmTimes;
import org.babysteps.media.playback.NoteDraft;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.web.FieldProblems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Watching a family's film with the parents and noting moments to share with them. Who may watch is decided by the
 * service; everyone else finds no such film.
 */
@Controller
class WatchController {

    private final FilmNotes notes;
    private final ParentLinks parentLinks;

    WatchController(FilmNotes notes, ParentLinks parentLinks) {
        this.notes = notes;
        this.parentLinks = parentLinks;
    }

    /** @param t a moment to start at, in seconds: a note's link works without script too */
    @GetMapping("/videos/{videoId}")
    @PreAuthorize("isAuthenticated()")
    String watch(@PathVariable UUID videoId, @RequestParam(name = "t", required = false) String t, Model model) {
        model.addAttribute("note", new NoteForm());
        return page(videoId, t != null && t.matches("\\d{1,6}") ? Integer.valueOf(t) : null, model);
    }

    @PostMapping("/videos/{videoId}/notes")
    @PreAuthorize("isAuthenticated()")
    String addNote(@PathVariable UUID videoId, @ModelAttribute("note") NoteForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        Integer seconds = form.playerSeconds();
        List<RuleViolationException> problems = notes.add(videoId, new NoteDraft(seconds, form.getAt(), form.getText()));
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("success", "Note added at " + (seconds != null ? FilmTimes.format(seconds)
                    : form.getAt().trim()));
            return "redirect:/videos/" + videoId + "#notes";
        }
        FieldProblems.show(problems, errors);
        return page(videoId, seconds, model);
    }

    private String page(UUID videoId, Integer startAt, Model model) {
        model.addAttribute("page", notes.page(videoId));
        model.addAttribute("startAt", startAt);
        model.addAttribute("parentLinks", parentLinks.panel(videoId));
        return "media/watch";
    }
}
