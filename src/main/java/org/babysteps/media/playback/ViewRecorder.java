package org.babysteps.media.playback;

import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Records a viewing in the caller's name and the seconds they watched, audited: the one way both the staff watch page
 * ({@link Viewings}) and a parent's link ({@link LinkedPlayback}) account for who watched, when and how long. The
 * caller has already opened the film under its own rule; the transaction is the caller's.
 */
@Component
class ViewRecorder {

    private final ViewStore views;
    private final Access access;
    private final AuditLog auditLog;
    private final WatchedTimePolicy watchedTime = new WatchedTimePolicy();

    ViewRecorder(ViewStore views, Access access, AuditLog auditLog) {
        this.views = views;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** @param nameTheViewer whether the audit detail names the viewer too (a link's holder has no account to show) */
    UUID start(PlayableFilm film, boolean nameTheViewer) {
        CurrentUser viewer = access.currentUser();
        UUID viewId = UUID.randomUUID();
        views.start(viewId, film, viewer.userId().value(), viewer.displayName());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "video", film.id(), film.siteId())
                .withDetail("viewing " + viewId + " started" + by(viewer, nameTheViewer)));
        return viewId;
    }

    /**
     * Records how long the caller watched, only on their own viewing of this film.
     *
     * @param seconds null when the player sent no whole number
     * @throws NotFoundException      for someone else's viewing or an unknown one
     * @throws RuleViolationException for a missing or negative number of seconds
     */
    void watched(UUID videoId, UUID viewId, Integer seconds, boolean nameTheViewer) {
        CurrentUser viewer = access.currentUser();
        ViewStore.ViewRow view = views.own(viewId, videoId, viewer.userId().value(), access.scope())
                .orElseThrow(() -> new NotFoundException("Viewing"));
        if (seconds == null || seconds < 0) {
            throw new RuleViolationException("seconds", "Send the seconds watched as a whole number, 0 or more");
        }
        int accepted = watchedTime.accept(seconds, view.secondsWatched(), view.sinceStart());
        views.watched(viewId, accepted);
        if (!view.ended() || accepted != view.secondsWatched()) {
            auditLog.record(AuditRecord.of(AuditAction.VIEW, "video", videoId, view.siteId())
                    .withDetail("viewing " + viewId + by(viewer, nameTheViewer) + " ended after "
                            + accepted + " seconds watched"));
        }
    }

    private static String by(CurrentUser viewer, boolean nameTheViewer) {
        return nameTheViewer ? " by " + viewer.displayName() : "";
    }
}
