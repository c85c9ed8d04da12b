package org.babysteps.media.playback;

import java.math.BigDecimal;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.NotFoundException;
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
    private final ViewStore views;
    private final Access access;
    private final AuditLog auditLog;
    private final WatchedTimePolicy watchedTime = new WatchedTimePolicy();

    Viewings(WatchableFilms films, FilmStore filmStore, ViewStore views, Access access, AuditLog auditLog) {
        this.films = films;
        this.filmStore = filmStore;
        this.views = views;
        this.access = access;
        this.auditLog = auditLog;
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
        CurrentUser user = access.currentUser();
        UUID viewId = UUID.randomUUID();
        views.start(viewId, film, user.userId().value(), user.displayName());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "video", videoId, film.siteId())
                .withDetail("viewing " + viewId + " started"));
        return viewId;
    }

    /**
     * Records how long the caller has watched, in seconds of playing; only their own viewing, else not found.
     *
     * @param seconds null when the player sent no whole number
     * @throws RuleViolationException for a missing or negative number of seconds
     */
    public void watched(UUID videoId, UUID viewId, Integer seconds) {
        CurrentUser user = access.currentUser();
        ViewStore.ViewRow view = views.own(viewId, videoId, user.userId().value(), access.scope())
                .orElseThrow(() -> new NotFoundException("Viewing"));
        if (seconds == null || seconds < 0) {
            throw new RuleViolationException("seconds", "Send the seconds watched as a whole number, 0 or more");
        }
        int accepted = watchedTime.accept(seconds, view.secondsWatched(), view.sinceStart());
        views.watched(viewId, accepted);
        if (!view.ended() || accepted != view.secondsWatched()) {
            auditLog.record(AuditRecord.of(AuditAction.VIEW, "video", videoId, view.siteId())
                    .withDetail("viewing " + viewId + " ended after " + accepted + " seconds watched"));
        }
    }
}
