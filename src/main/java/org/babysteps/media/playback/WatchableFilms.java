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
 * Opens a family's film for the caller: complete, of their sites, theirs to watch ({@link WatchPolicy}) and with the
 * family's current consent to filming. Anyone who may not watch finds no such film; without consent nothing plays.
 */
@Service
public class WatchableFilms {

    private final FilmStore store;
    private final GroupQueries groups;
    private final Workforce workforce;
    private final Families families;
    private final Access access;
    private final WatchPolicy policy = new WatchPolicy();

    WatchableFilms(FilmStore store, GroupQueries groups, Workforce workforce, Families families, Access access) {
        this.store = store;
        this.groups = groups;
        this.workforce = workforce;
        this.families = families;
        this.access = access;
    }

    /**
     * @throws NotFoundException      for an unknown film, one still uploading or deleted, or one the caller may not watch
     * @throws FilmingConsentMissing  when the family's consent to filming is not current
     */
    public PlayableFilm open(UUID videoId) {
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
