package org.babysteps.media.playback;

import java.util.List;
import java.util.UUID;
import org.babysteps.media.retention.VideoDeletion;
import org.babysteps.platform.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The licensor's demonstration films of how to set up talk and listen time: listed and watched by licensor staff and
 * trained facilitators and site leads ({@link DemonstrationWatchPolicy}), deleted by licensor staff. They are kept
 * apart from family films: no family, no site, no notes, and neither retention nor consent withdrawal touches them.
 */
@Service
public class DemonstrationCatalogue {

    static final String DELETION_REASON = "demonstration film deleted by licensor staff";

    private final DemonstrationViewers viewers;
    private final DemonstrationStore store;
    private final WatchableFilms films;
    private final VideoDeletion deletion;

    DemonstrationCatalogue(DemonstrationViewers viewers, DemonstrationStore store, WatchableFilms films,
                           VideoDeletion deletion) {
        this.viewers = viewers;
        this.store = store;
        this.films = films;
        this.deletion = deletion;
    }

    /**
     * @throws NotFoundException    for anyone the films are not for
     * @throws TrainingNotRecorded for a facilitator or site lead whose training does not count today
     */
    @Transactional(readOnly = true)
    public List<DemonstrationFilm> list() {
        viewers.requireViewer();
        return store.ready();
    }

    /** A demonstration film to watch; opening it applies the same rules as its stream. */
    @Transactional(readOnly = true)
    public DemonstrationFilm watch(UUID videoId) {
        PlayableFilm film = films.open(videoId);
        if (!film.demonstration()) {
            throw new NotFoundException("Demonstration film");
        }
        return store.ready(videoId).orElseThrow(() -> new NotFoundException("Demonstration film"));
    }

    /** Whether the signed-in person adds and deletes demonstration films. */
    public boolean manages() {
        return viewers.manages();
    }

    /** A film about to be deleted, for the confirmation page. */
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    @Transactional(readOnly = true)
    public DemonstrationFilm toDelete(UUID videoId) {
        return store.ready(videoId).orElseThrow(() -> new NotFoundException("Demonstration film"));
    }

    /**
     * Deletes a demonstration film for good: its data key is destroyed and the deletion audited
     * ({@link VideoDeletion}), then its encrypted parts go from storage.
     *
     * @return its title, for the confirmation
     */
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    public String delete(UUID videoId) {
        DemonstrationFilm film = toDelete(videoId);
        if (!deletion.deleteDemonstration(film.id(), DELETION_REASON)) {
            throw new NotFoundException("Demonstration film");
        }
        return film.title();
    }
}
