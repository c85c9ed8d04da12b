package org.babysteps.site.licence;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.site.LicenceState;

/** A licence as stored; {@link #state()} is what it is today. */
public record LicenceRow(UUID id, SiteId site, String siteName, ProgrammeId programme, int programmeVersion,
                         LicenceState stored, LocalDate startsOn, LocalDate endsOn, String suspensionReason,
                         LocalDate endedOn, String endReason, String issuedByName, int version) {

    public LicenceState state() {
        return LicenceLifecycle.state(stored, endsOn, UkTime.today());
    }

    public boolean may(LicenceAction action) {
        return action.allowedFrom(state());
    }
}
