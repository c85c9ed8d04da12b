package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;

/** What other modules ask of the workforce module; reads are limited to the caller's sites. */
public interface Workforce {

    Optional<Practitioner> find(PractitionerId id);

    /** The practitioner record of a platform account, if any. */
    Optional<Practitioner> ofUser(UserId user);

    /** Everyone who works (or worked) at a site, leavers included. */
    List<Practitioner> atSite(SiteId site);

    /** Facilitator training status in a programme on a day (trained date, refresher expiry, expiring soon). */
    TrainingStatus trainingStatus(PractitionerId id, ProgrammeId programme, LocalDate on);

    /**
     * The accounts of the supervisors of these practitioners' accounts at a site: for each practitioner, whoever
     * supervised their most recent reflective supervision session held there, while that supervisor is in post.
     */
    java.util.Set<UserId> supervisorsOf(java.util.Collection<UserId> practitioners, SiteId site);
}
