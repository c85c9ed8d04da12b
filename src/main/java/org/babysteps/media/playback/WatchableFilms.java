package org.babysteps.media.playback;

import java.util.Set;
import java.util.UUID;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UserId;
import org.babysteps.workforce.Workforce;
import org.springframework.stereotype.Service;

/**
 * Opens a film for the caller by its kind. A family's film: complete, of their sites, theirs to watch
 * ({@link WatchPolicy}) and with the family's current consent to filming; anyone who may not watch finds no such film,
 * and without consent nothing plays. A demonstration film: complete, for whom {@link DemonstrationWatchPolicy} allows.
 */
@Service
public class WatchableFilms {

    private final FilmStore store;
    private final GroupQueries groups;
    private final Workforce workforce;
    private final Families families;
    private final Access access;
    private final DemonstrationViewers demonstrationViewers;
    private final WatchPolicy policy = new WatchPolicy();

    WatchableFilms(FilmStore store, GroupQueries groups, Workforce workforce, Families families, Access access,
                   DemonstrationViewers demonstrationViewers) {
        this.store = store;
        this.groups = groups;
        this.workforce = workforce;
        this.families = families;
        this.access = access;
        this.demonstrationViewers = demonstrationViewers;
    }

    /**
     * @throws NotFoundException      for an unknown film, one still uploading or deleted, or one the caller may not watch
     * @throws FilmingConsentMissing  when the family's consent to filming is not current
     * @throws TrainingNotRecorded    for a demonstration film, when a facilitator's training is not recorded
     */
    public PlayableFilm open(UUID videoId) {
        return store.demonstration(videoId) ? openDemonstration(videoId) : familyFilm(videoId);
    }

    /**
     * A family's film only, for what exists only around a family (notes, links for its parents): a demonstration
     * film is not found here.
     *
     * @throws NotFoundException     as {@link #open}, and for a demonstration film
     * @throws FilmingConsentMissing when the family's consent to filming is not current
     */
    public PlayableFilm openFamilyFilm(UUID videoId) {
        if (store.demonstration(videoId)) {
            throw new NotFoundException("Film");
        }
        return familyFilm(videoId);
    }

    /** The licensor's demonstration film: for whom {@link DemonstrationWatchPolicy} allows, whatever their site. */
    private PlayableFilm openDemonstration(UUID videoId) {
        demonstrationViewers.requireViewer();
        return store.findReadyDemonstration(videoId).orElseThrow(() -> new NotFoundException("Film"));
    }

    private PlayableFilm familyFilm(UUID videoId) {
        PlayableFilm film = store.findReady(videoId, access.scope()).orElseThrow(() -> new NotFoundException("Film"));
        CurrentUser user = access.currentUser();
        Set<UserId> facilitators = groups.practitionerUsersOfFamily(film.familyId());
        Set<UserId> supervisors = workforce.supervisorsOf(facilitators, film.siteId());
        if (!policy.mayWatch(new WatchPolicy.Viewer(user.userId(), user.roles(), user.siteIds()),
                new WatchPolicy.Circle(film.siteId(), facilitators, supervisors))) {
            throw new NotFoundException("Film");
        }
        if (!families.hasConsent(film.familyId(), ConsentPurpose.FILMING)) {
            throw new FilmingConsentMissing();
        }
        return film;
    }
}
