package org.babysteps.media.playback;

import java.util.EnumSet;
import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * Who may watch a family's film: the people who work with the family (its group facilitators and home visitors),
 * their supervisor and the lead of the family's site, each belonging to that site. Nobody else: not licensor staff,
 * though they see every site's records, and never a commissioner or an evaluator, whatever else they are.
 */
final class WatchPolicy {

    /** Roles that see about the programme, never inside a family's home. */
    private static final Set<Role> NEVER_WATCH = EnumSet.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER,
            Role.COMMISSIONER, Role.EVALUATOR);

    /** Who asks. */
    record Viewer(UserId userId, Set<Role> roles, Set<SiteId> siteIds) {
    }

    /**
     * The people around one film.
     *
     * @param facilitators the accounts of those who work with the family
     * @param supervisors  the accounts of their supervisors
     */
    record Circle(SiteId siteId, Set<UserId> facilitators, Set<UserId> supervisors) {
    }

    boolean mayWatch(Viewer viewer, Circle circle) {
        if (viewer.roles().stream().anyMatch(NEVER_WATCH::contains) || !viewer.siteIds().contains(circle.siteId())) {
            return false;
        }
        return viewer.roles().contains(Role.SITE_LEAD) || circle.facilitators().contains(viewer.userId())
                || circle.supervisors().contains(viewer.userId());
    }
}
