package org.babysteps.media.playback;

import java.util.List;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.Families;
import org.babysteps.family.FamilySummary;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-stamped notes of moments in a film, to share with the parents: part of the home visit record, seen and
 * written only by those who may watch the film, and gone when the film goes.
 */
@Service
@Transactional
public class FilmNotes {

    private final WatchableFilms films;
    private final Families families;
    private final NoteStore notes;
    private final Access access;
    private final AuditLog auditLog;
    private final NotePolicy policy = new NotePolicy();

    FilmNotes(WatchableFilms films, Families families, NoteStore notes, Access access, AuditLog auditLog) {
        this.films = films;
        this.families = families;
        this.notes = notes;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** The watch page of a film the caller may watch: the film, its family and its notes in the film's order. */
    @Transactional(readOnly = true)
    public WatchPage page(UUID videoId) {
        PlayableFilm film = films.openFamilyFilm(videoId);
        FamilySummary family = families.find(film.familyId()).orElseThrow(() -> new NotFoundException("Family"));
        List<FilmNote> found = notes.of(film, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "video-notes", film.id(), film.siteId())
                .withDetail(found.size() + " notes"));
        return new WatchPage(film.id(), film.title(), film.contentType(), family, found);
    }

    /**
     * Adds a note to a film the caller may watch.
     *
     * @return the problems with the note, each for its field; empty when it was saved
     */
    public List<org.babysteps.platform.RuleViolationException> add(UUID videoId, NoteDraft draft) {
        PlayableFilm film = films.openFamilyFilm(videoId);
        NotePolicy.Checked note = policy.check(draft, film.durationSeconds());
        if (!note.problems().isEmpty()) {
            return note.problems();
        }
        CurrentUser user = access.currentUser();
        UUID id = UUID.randomUUID();
        notes.insert(id, film, note.atSeconds(), note.text(), user.userId().value(), user.displayName());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "video-note", id, film.siteId())
                .withDetail("note at " + FilmTimes.format(note.atSeconds()) + " of video " + videoId));
        return List.of();
    }
}
