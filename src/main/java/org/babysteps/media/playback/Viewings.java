package org.babysteps.media.playback;

import java.math.BigDecimal;
import java.util.UUID;
import org.babysteps.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every viewing of a film is recorded and audited: who started watching, when, and how long they watched. */
@Service
@Transactional
public class Viewings {

    /** Longer than any talk and listen time film: a reported length beyond it is not believed. */
    private static final BigDecimal LONGEST_FILM_SECONDS = BigDecimal.valueOf(6 * 3600);

    private final WatchableFilms films;
    private final FilmStore filmStore;
    private final ViewRecorder recorder;

    Viewings(WatchableFilms films, FilmStore filmStore, ViewRecorder recorder) {
        this.films = films;
        this.filmStore = filmStore;
        this.recorder = recorder;
    }

    /**
     * Starts a viewing for someone who may watch the film.
     *
     * @param measuredSeconds how long the film runs as the player measured it, or null when it could not tell; the
     *                        first measurement is kept, for checking that notes fall within the film
     * @return the viewing's id, for reporting the time watched
     */
    public UUID start(UUID videoId, BigDecimal measuredSeconds) {
        PlayableFilm film = films.open(videoId);
        if (film.durationSeconds() == null && measuredSeconds != null && measuredSeconds.signum() > 0
                && measuredSeconds.compareTo(LONGEST_FILM_SECONDS) <= 0) {
            filmStore.measured(videoId, measuredSeconds);
        }
        return recorder.start(film, false);
    }

    /**
     * Records how long the caller has watched, in seconds of playing; only their own viewing, else not found.
     *
     * @param seconds null when the player sent no whole number
     * @throws RuleViolationException for a missing or negative number of seconds
     */
    public void watched(UUID videoId, UUID viewId, Integer seconds) {
        recorder.watched(videoId, viewId, seconds, false);
    }
}
