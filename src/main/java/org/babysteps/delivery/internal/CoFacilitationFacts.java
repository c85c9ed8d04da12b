package org.babysteps.delivery.internal;

import java.util.List;
import org.babysteps.delivery.SessionView;
import org.babysteps.programme.CoFacilitationCheck;
import org.babysteps.programme.CoFacilitationPolicy;
import org.babysteps.programme.CoFacilitationRule;
import org.babysteps.programme.SessionFacilitator;

/** Turns a session's facilitators into the facts the programme's co-facilitation rule is judged on. */
public final class CoFacilitationFacts {

    private CoFacilitationFacts() {
    }

    public static CoFacilitationCheck check(CoFacilitationRule rule, SessionView session) {
        List<SessionFacilitator> facts = session.facilitators().stream()
                .filter(f -> f.inPostOn(session.plannedDate()))
                .map(f -> new SessionFacilitator(f.agencyType(), f.trainedOn(session.plannedDate())))
                .toList();
        return new CoFacilitationPolicy(rule).check(facts);
    }
}
