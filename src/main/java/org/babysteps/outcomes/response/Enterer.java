package org.babysteps.outcomes.response;

import java.util.UUID;

/** Who enters a response: a member of staff (their user id and name), or the parent through a link. */
record Enterer(UUID userId, String name, UUID linkId) {

    static final String PARENT_BY_LINK = "parent by link";

    static Enterer parentByLink(UUID linkId) {
        return new Enterer(null, PARENT_BY_LINK, linkId);
    }
}
