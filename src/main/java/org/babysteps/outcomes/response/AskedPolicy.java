package org.babysteps.outcomes.response;

import org.babysteps.platform.RuleViolationException;
import org.babysteps.programme.AskedInstrument;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.RespondentRole;
import org.babysteps.programme.TimePoint;

/**
 * Whether a questionnaire may be asked: the programme has the time point, asks the instrument at it, and asks it of
 * this parent's role (and, for a couple's instrument, only of a family with a partner). Nothing is asked or saved
 * otherwise; the message says which field is wrong.
 */
public final class AskedPolicy {

    private AskedPolicy() {
    }

    public static AskedInstrument check(ProgrammeDefinition programme, String timePointCode, String instrumentCode,
                                        RespondentRole role, boolean familyHasPartner) {
        TimePoint timePoint = programme.timePoint(timePointCode == null ? "" : timePointCode)
                .orElseThrow(() -> new RuleViolationException("timePoint", programme.name() + " has no time point ‘"
                        + timePointCode + "’. Its time points are: " + String.join(", ",
                        programme.timePoints().stream().map(TimePoint::code).toList())));
        AskedInstrument asked = timePoint.instrument(instrumentCode == null ? "" : instrumentCode)
                .orElseThrow(() -> new RuleViolationException("instrument", "‘" + instrumentCode
                        + "’ is not asked at " + timePoint.title().toLowerCase()));
        if (role == null) {
            throw new RuleViolationException("role", "Select whether this parent is the birth parent or the partner");
        }
        if (!asked.respondents().contains(role)) {
            throw new RuleViolationException("role", "‘" + instrumentCode + "’ is not asked of the "
                    + label(role) + " at " + timePoint.title().toLowerCase());
        }
        if (!asked.isAskedOf(role, familyHasPartner)) {
            throw new RuleViolationException("instrument", "‘" + instrumentCode
                    + "’ is asked only of families with a partner");
        }
        return asked;
    }

    public static String label(RespondentRole role) {
        return role == RespondentRole.BIRTH_PARENT ? "birth parent" : "partner";
    }
}
