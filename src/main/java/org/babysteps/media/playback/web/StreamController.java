package org.babysteps.media.playback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.babysteps.media.playback.FilmStreamer;
import org.babysteps.media.playback.WatchableFilms;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A family's film for the page's video player, answered by {@link FilmResponses} (range requests, no download). Who
 * may watch is decided by {@link WatchableFilms}: everyone else, whatever their role, finds no such film.
 */
@Controller
class StreamController {

    private final WatchableFilms films;
    private final FilmStreamer streamer;

    StreamController(WatchableFilms films, FilmStreamer streamer) {
        this.films = films;
        this.streamer = streamer;
    }

    @GetMapping("/videos/{videoId}/stream")
    @PreAuthorize("isAuthenticated()")
    void stream(@PathVariable UUID videoId, @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                HttpServletResponse response) throws IOException {
        FilmResponses.send(films.open(videoId), range, response, streamer);
    }
}
