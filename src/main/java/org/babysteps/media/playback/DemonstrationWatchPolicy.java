package org.babysteps.media.playback;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.babysteps.identity.Role;
import org.babysteps.workforce.TrainingState;

/**
 * Who may watch the licensor's demonstration films: licensor staff, who add them, and every facilitator or site lead
 * whose facilitator training counts today (trained, or with a refresher coming up). A facilitator or lead not trained
 * yet is told they can watch once their training is recorded. Nobody else finds them: never a commissioner or an
 * evaluator, whatever else they are, and no other role.
 */
final class DemonstrationWatchPolicy {

    enum Decision {
        WATCH,
        /** a facilitator or site lead whose facilitator training is not recorded, or no longer counts */
        AFTER_TRAINING,
        /** not for them: they find no such film */
        NONE
    }

    private static final Set<Role> NEVER_WATCH = EnumSet.of(Role.COMMISSIONER, Role.EVALUATOR);
    private static final Set<Role> LICENSOR_STAFF = EnumSet.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER);
    private static final Set<Role> PRACTITIONERS = EnumSet.of(Role.FACILITATOR, Role.SITE_LEAD);

    /** @param training the viewer's facilitator training today, asked only when it decides */
    Decision decide(Set<Role> roles, Supplier<TrainingState> training) {
        if (roles.stream().anyMatch(NEVER_WATCH::contains)) {
            return Decision.NONE;
        }
        if (roles.stream().anyMatch(LICENSOR_STAFF::contains)) {
            return Decision.WATCH;
        }
        if (roles.stream().noneMatch(PRACTITIONERS::contains)) {
            return Decision.NONE;
        }
        return training.get().valid() ? Decision.WATCH : Decision.AFTER_TRAINING;
    }

    /** Whether these roles add and delete demonstration films: licensor staff, never a commissioner or evaluator. */
    boolean manages(Set<Role> roles) {
        return roles.stream().noneMatch(NEVER_WATCH::contains) && roles.stream().anyMatch(LICENSOR_STAFF::contains);
    }
}
