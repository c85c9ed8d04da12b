package org.babysteps.outcomes.response;

import java.util.UUID;
import org.babysteps.identity.CurrentUser;

/** Who enters a response: a member of staff (their user id and name), or the parent through a link. */
record Enterer(UUID userId, String name, UUID linkId) {

    static final String PARENT_BY_LINK = "parent by link";

    static Enterer staff(CurrentUser user) {
        return new Enterer(user.userId().value(), user.displayName(), null);
    }

    static Enterer parentByLink(UUID linkId) {
        return new Enterer(null, PARENT_BY_LINK, linkId);
    }
}
