package org.babysteps.site;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;

/** What other modules may ask about local adaptations; limited to the caller's sites. */
public interface Adaptations {

    /** Approved adaptations (with or without conditions) that have not ended. */
    List<AdaptationSummary> approved(SiteId site);

    /**
     * Approved adaptations (with or without conditions) that applied on at least one day from {@code from} to
     * {@code to}, both included: what a report on that period must mention, including ones that have since ended.
     */
    List<AdaptationSummary> approvedDuring(SiteId site, LocalDate from, LocalDate to);

    /** Requests still waiting for the licensor's decision. */
    List<AdaptationSummary> awaitingDecision(SiteId site);
}
