package org.babysteps.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.platform.SiteId;

/**
 * What other modules may ask about funding; limited to the caller's sites, and for a commissioner to the streams
 * their own organisation pays for.
 */
public interface FundingStreams {

    List<FundingStreamSummary> forSite(SiteId site);

    /** One stream, or empty when it does not exist or the caller may not see it. */
    Optional<FundingStreamSummary> find(UUID streamId);

    /** The last day covered by secured funding that has started or will start; empty when none is secured. */
    Optional<LocalDate> securedUntil(SiteId site);
}
