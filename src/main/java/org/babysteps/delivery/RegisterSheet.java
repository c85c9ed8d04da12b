package org.babysteps.delivery;

import java.util.List;
import org.babysteps.programme.CoFacilitationCheck;

/** Everything the register screen needs: the session, every person expected, and whether it may be saved. */
public record RegisterSheet(SessionView session, List<RegisterLine> lines, CoFacilitationCheck coFacilitation) {

    /** The register can be saved when co-facilitation is met or a site lead recorded an exception. */
    public boolean coFacilitationSatisfied() {
        return coFacilitation.met() || session.exceptionReason() != null;
    }
}
