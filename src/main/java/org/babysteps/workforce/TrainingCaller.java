package org.babysteps.workforce;

import java.util.Optional;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.workforce.internal.RunVisibility;
import org.babysteps.workforce.internal.TrainingPeopleStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is asking, in training's terms: which runs they see, whether they are licensor staff, which practitioner. */
@Component
class TrainingCaller {

    private final Access access;
    private final TrainingPeopleStore people;

    TrainingCaller(Access access, TrainingPeopleStore people) {
        this.access = access;
        this.people = people;
    }

    RunVisibility visibility() {
        CurrentUser user = access.currentUser();
        return new RunVisibility(user.scope(), licensor() || user.has(Role.SITE_LEAD), user.userId().value());
    }

    SiteScope scope() {
        return access.scope();
    }

    boolean licensor() {
        return access.currentUser().roles().stream().anyMatch(Role::licensor);
    }

    boolean has(Role role) {
        return access.currentUser().has(role);
    }

    String name() {
        return access.currentUser().username();
    }

    /** The caller's own practitioner record, if they have one. */
    Optional<PractitionerId> practitioner() {
        return people.practitionerOfUser(access.currentUser().userId().value()).map(PractitionerId::new);
    }

    void requireLicensor() {
        if (!licensor()) {
            throw new AccessDeniedException("Licensor staff only");
        }
    }
}
