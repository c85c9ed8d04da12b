package org.babysteps.site;

import java.util.List;
import java.util.Optional;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.site.internal.AgencyStore;
import org.babysteps.site.internal.SiteStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about sites; every answer is limited to the caller's sites. */
@Service
@Transactional(readOnly = true)
public class Sites {

    private final SiteStore store;
    private final AgencyStore agencies;
    private final Access access;

    Sites(SiteStore store, AgencyStore agencies, Access access) {
        this.store = store;
        this.agencies = agencies;
        this.access = access;
    }

    public List<SiteSummary> visibleSites() {
        return store.list(access.scope());
    }

    public Optional<SiteSummary> find(SiteId id) {
        return store.find(id, access.scope());
    }

    /** The agencies of a site's partnership, by name; none if the caller may not see the site. */
    public List<Agency> agenciesOf(SiteId id) {
        return agencies.ofSite(id, access.scope());
    }
}
