package org.babysteps.media.playback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playback for a parent who holds a valid watch link ({@code media.parentlink}): the link, checked by its caller, is
 * the permission, so {@link WatchPolicy} does not apply; everything else does. The caller runs as the link's parent,
 * whose scope is the film's site only, so every query here is scoped as for staff, and viewings and reads are recorded
 * and audited in their name ("parent via link ...") through the same tables and beacons as the watch page's.
 */
@Service
@Transactional
public class LinkedPlayback {

    private final FilmStore films;
    private final NoteStore notes;
    private final ViewRecorder recorder;
    private final Families families;
    private final Access access;
    private final AuditLog auditLog;

    LinkedPlayback(FilmStore films, NoteStore notes, ViewRecorder recorder, Families families, Access access,
                   AuditLog auditLog) {
        this.films = films;
        this.notes = notes;
        this.recorder = recorder;
        this.families = families;
        this.access = access;
        this.auditLog = auditLog;
    }

    /**
     * The film, when it is whole, not deleted, of the caller's site and its family's filming consent is current;
     * otherwise empty, whatever the reason, so a link to a deleted film or without consent stops working at once.
     */
    @Transactional(readOnly = true)
    public Optional<PlayableFilm> open(UUID videoId) {
        return films.findReady(videoId, access.scope())
                .filter(film -> families.hasConsent(film.familyId(), ConsentPurpose.FILMING));
    }

    /** The film's moments to share, in the film's order, read-only. */
    @Transactional(readOnly = true)
    public List<FilmNote> notes(PlayableFilm film) {
        List<FilmNote> found = notes.of(film, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "video-notes", film.id(), film.siteId())
                .withDetail(found.size() + " notes"));
        return found;
    }

    /** Starts a viewing in the caller's name, as {@link Viewings#start} does for staff. */
    public UUID startViewing(PlayableFilm film) {
        return recorder.start(film, true);
    }

    /**
     * Records how long the caller watched, only on their own viewing of this film.
     *
     * @throws NotFoundException      for someone else's viewing or an unknown one
     * @throws RuleViolationException for a missing or negative number of seconds
     */
    public void watched(PlayableFilm film, UUID viewId, Integer seconds) {
        recorder.watched(film.id(), viewId, seconds, true);
    }
}
