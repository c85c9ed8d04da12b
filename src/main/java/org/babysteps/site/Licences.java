package org.babysteps.site;

import java.util.List;
import java.util.Optional;
import org.babysteps.platform.SiteId;

/** What other modules may ask about licences; every answer is limited to the caller's sites. */
public interface Licences {

    /**
     * The site's licence that matters now: the active, renewal-due or suspended one if there is one, otherwise the
     * most recently ended or expired; drafts only when there is nothing else.
     */
    Optional<LicenceSummary> current(SiteId site);

    /** {@link #current(SiteId)} for every site the caller may see that has a licence. */
    List<LicenceSummary> currentForVisibleSites();
}
