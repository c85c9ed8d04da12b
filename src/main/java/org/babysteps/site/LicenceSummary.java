package org.babysteps.site;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeId;

/** A licence as other modules see it: who may deliver what, when, and under which conditions. */
public record LicenceSummary(UUID id, SiteId site, String siteName, ProgrammeId programme, int programmeVersion,
                             LicenceState state, LocalDate startsOn, LocalDate endsOn, String suspensionReason,
                             List<LicenceCondition> conditions) {

    public LicenceSummary {
        conditions = List.copyOf(conditions);
    }

    /** The licence governs delivery now: active (renewal due or not) or suspended, not a draft or one that ended. */
    public boolean inForce() {
        return state == LicenceState.ACTIVE || state == LicenceState.RENEWAL_DUE || state == LicenceState.SUSPENDED;
    }
}
