package org.babysteps.media.parentlink.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.babysteps.media.parentlink.ParentWatching;
import org.babysteps.media.playback.FilmStreamer;
import org.babysteps.media.playback.web.FilmResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A parent watching their family's film by link, without signing in, on a phone: the film streamed with range
 * requests (no download) and the moments their practitioner noted, read-only. The token is the only credential and
 * opens this film only; any link that cannot be used gets the same 404 page ({@link ParentLinkRefusals}).
 */
@Controller
@PreAuthorize("permitAll()")
class ParentWatchController {

    private final ParentWatching watching;
    private final FilmStreamer streamer;

    ParentWatchController(ParentWatching watching, FilmStreamer streamer) {
        this.watching = watching;
        this.streamer = streamer;
    }

    /**
     * @param t    a moment to start at, in seconds: a note's link works without script too
     * @param csrf made before the page is written: the parent arrives without a session, and one cannot be created
     *             once a page has started to go out (the player's viewing reports need the token)
     */
    @GetMapping("/w/{watchToken}")
    String watch(@PathVariable String watchToken, @RequestParam(name = "t", required = false) String t,
                 CsrfToken csrf, HttpServletRequest request, Model model) {
        model.addAttribute("page", watching.page(watchToken, request.getRemoteAddr()));
        model.addAttribute("token", watchToken);
        model.addAttribute("startAt", t != null && t.matches("\\d{1,6}") ? Integer.valueOf(t) : null);
        csrf.getToken();
        return "media/parent-watch";
    }

    @GetMapping("/w/{watchToken}/stream")
    void stream(@PathVariable String watchToken, @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        watching.withFilm(watchToken, request.getRemoteAddr(), film -> {
            FilmResponses.send(film, range, response, streamer);
            return null;
        });
    }
}
