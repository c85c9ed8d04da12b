package org.babysteps.site;

import java.util.Optional;
import org.babysteps.platform.SiteId;

/** What other modules may ask about readiness decisions; limited to the caller's sites. */
public interface ReadinessDecisions {

    /** The site's most recent decision; empty when none is decided or the caller may not see the site. */
    Optional<ReadinessDecisionSummary> latest(SiteId site);
}
