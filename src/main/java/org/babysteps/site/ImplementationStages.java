package org.babysteps.site;

import java.util.List;
import java.util.Optional;
import org.babysteps.platform.SiteId;

/** What other modules may ask about sites' implementation stages; limited to the caller's sites. */
public interface ImplementationStages {

    Optional<StageSummary> current(SiteId site);

    /** The current stage of every site the caller may see. */
    List<StageSummary> currentForVisibleSites();
}
