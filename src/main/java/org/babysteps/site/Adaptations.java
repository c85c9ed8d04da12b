package org.babysteps.site;

import java.util.List;
import org.babysteps.platform.SiteId;

/** What other modules may ask about local adaptations; limited to the caller's sites. */
public interface Adaptations {

    /** Approved adaptations (with or without conditions) that have not ended. */
    List<AdaptationSummary> approved(SiteId site);

    /** Requests still waiting for the licensor's decision. */
    List<AdaptationSummary> awaitingDecision(SiteId site);
}
