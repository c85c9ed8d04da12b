package org.babysteps.media.playback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.babysteps.media.playback.FilmStreamer;
import org.babysteps.media.playback.PlayableFilm;
import org.springframework.http.HttpHeaders;

/**
 * A film as the answer to a player's request, with HTTP range requests so seeking works (206, or 416 past the end).
 * It is played, never offered as a download: no caching, shown inline, its type never guessed. Whoever asks must
 * already have been cleared to watch it; the staff's and the parent's routes both answer through here.
 */
public final class FilmResponses {

    private FilmResponses() {
    }

    public static void send(PlayableFilm film, String range, HttpServletResponse response, FilmStreamer streamer)
            throws IOException {
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
