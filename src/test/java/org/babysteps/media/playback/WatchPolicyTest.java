package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.babysteps.identity.Role;
import org.babysteps.media.playback.WatchPolicy.Circle;
import org.babysteps.media.playback.WatchPolicy.Viewer;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.junit.jupiter.api.Test;

class WatchPolicyTest {

    private static final SiteId NORTH = SiteId.random();
    private static final SiteId SOUTH = SiteId.random();
    private static final UserId FACILITATOR = UserId.random();
    private static final UserId SUPERVISOR = UserId.random();
    private static final Circle FILM = new Circle(NORTH, Set.of(FACILITATOR), Set.of(SUPERVISOR));

    private final WatchPolicy policy = new WatchPolicy();

    @Test
    void theFamilysFacilitatorTheirSupervisorAndTheSiteLeadMayWatch() {
        assertThat(policy.mayWatch(new Viewer(FACILITATOR, Set.of(Role.FACILITATOR), Set.of(NORTH)), FILM)).isTrue();
        assertThat(policy.mayWatch(new Viewer(SUPERVISOR, Set.of(Role.FACILITATOR), Set.of(NORTH)), FILM)).isTrue();
        assertThat(policy.mayWatch(new Viewer(UserId.random(), Set.of(Role.SITE_LEAD), Set.of(NORTH)), FILM)).isTrue();
    }

    @Test
    void anotherFacilitatorOfTheSameSiteMayNot() {
        assertThat(policy.mayWatch(new Viewer(UserId.random(), Set.of(Role.FACILITATOR), Set.of(NORTH)), FILM)).isFalse();
    }

    @Test
    void anotherSitesLeadMayNot() {
        assertThat(policy.mayWatch(new Viewer(UserId.random(), Set.of(Role.SITE_LEAD), Set.of(SOUTH)), FILM)).isFalse();
    }

    @Test
    void licensorStaffCommissionersAndEvaluatorsNeverWatchEvenWhenNamedInTheCircle() {
        for (Role role : Set.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER, Role.COMMISSIONER, Role.EVALUATOR)) {
            assertThat(policy.mayWatch(new Viewer(UserId.random(), Set.of(role), Set.of()), FILM)).as(role.name()).isFalse();
            assertThat(policy.mayWatch(new Viewer(FACILITATOR, Set.of(Role.FACILITATOR, role), Set.of(NORTH)), FILM))
                    .as("facilitator who is also " + role).isFalse();
        }
    }

    @Test
    void aFacilitatorWhoNoLongerBelongsToTheSiteMayNot() {
        assertThat(policy.mayWatch(new Viewer(FACILITATOR, Set.of(Role.FACILITATOR), Set.of(SOUTH)), FILM)).isFalse();
    }
}
