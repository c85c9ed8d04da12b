package org.babysteps.programme;

import java.util.Set;

/**
 * One questionnaire asked at a time point.
 *
 * @param instrumentCode  the instrument's code (e.g. "epds"); the outcomes module refuses to start when a programme
 *                        names an instrument it has no file for. The newest version is asked; a response keeps the
 *                        version it was answered against.
 * @param respondents     who is asked
 * @param onlyWithPartner asked only of families with a partner (e.g. a couple relationship scale)
 */
public record AskedInstrument(String instrumentCode, Set<RespondentRole> respondents, boolean onlyWithPartner) {

    public AskedInstrument {
        respondents = Set.copyOf(respondents);
    }

    /** Whether a parent in this role is asked, given whether the family has a partner. */
    public boolean isAskedOf(RespondentRole role, boolean familyHasPartner) {
        return respondents.contains(role) && (familyHasPartner || !onlyWithPartner);
    }
}
