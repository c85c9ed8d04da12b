package org.babysteps.media.playback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.babysteps.media.playback.FilmStreamer;
import org.babysteps.media.playback.WatchableFilms;
import org.babysteps.media.playback.PlayableFilm;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A family's film for the page's video player, with HTTP range requests so seeking works. It is played, never
 * offered as a download: no caching, shown inline, its type never guessed. Who may watch is decided by
 * {@link WatchableFilms}: everyone else, whatever their role, finds no such film.
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
        PlayableFilm film = films.open(videoId);
        ByteRangeSelection selection = ByteRangeSelection.of(range, film.length());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setStatus(selection.status());
        if (selection.status() != 200) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, selection.contentRange());
        }
        if (!selection.satisfiable()) {
            return;
        }
        response.setContentType(film.contentType() == null ? "application/octet-stream" : film.contentType());
        response.setContentLengthLong(selection.contentLength());
        streamer.write(film, selection.first(), selection.last(), response.getOutputStream());
    }
}
