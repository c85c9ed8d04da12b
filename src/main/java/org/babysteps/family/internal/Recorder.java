package org.babysteps.family.internal;

import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.UserId;
import org.springframework.stereotype.Component;

/** Who is recording a change, as the family's history shows it: their account and their name at the time. */
@Component
public class Recorder {

    private final Access access;

    Recorder(Access access) {
        this.access = access;
    }

    public UserId id() {
        return access.currentUser().userId();
    }

    public String name() {
        return access.currentUser().displayName();
    }

    public boolean siteLead() {
        CurrentUser user = access.currentUser();
        return user.has(Role.SITE_LEAD);
    }
}
