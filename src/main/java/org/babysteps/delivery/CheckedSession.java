package org.babysteps.delivery;

import org.babysteps.programme.CoFacilitationCheck;

/** A session with the programme's co-facilitation rule applied to its facilitators on its date. */
public record CheckedSession(SessionView session, CoFacilitationCheck coFacilitation) {
}
