package org.babysteps.site.licence;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.site.LicenceState;

/**
 * A licence as stored; {@link #state()} is what it is today. {@code renewedFrom} is the start of the active licence
 * that follows this one for the same site and programme (null until a renewal is issued); {@code withdrawn} says it
 * ended before it ever ran.
 */
public record LicenceRow(UUID id, SiteId site, String siteName, ProgrammeId programme, int programmeVersion,
                         LicenceState stored, LocalDate startsOn, LocalDate endsOn, String suspensionReason,
                         LocalDate endedOn, String endReason, String issuedByName, int version, LocalDate renewedFrom,
                         boolean withdrawn) {

    public LicenceState state() {
        return LicenceLifecycle.state(stored, endsOn, renewedFrom, UkTime.today());
    }

    /** The state in words, "Withdrawn" for one that ended before it ran. */
    public String stateLabel() {
        return withdrawn ? "Withdrawn" : state().label();
    }

    public boolean may(LicenceAction action) {
        return LicenceLifecycle.allows(action, state(), startsOn, UkTime.today());
    }
}
