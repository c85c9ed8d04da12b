package org.babysteps.site.adaptation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.AdaptationSummary;
import org.babysteps.site.Adaptations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading local adaptations, always limited to the caller's sites. */
@Service
@Transactional(readOnly = true)
public class SiteAdaptations implements Adaptations {

    private final AdaptationStore store;
    private final Access access;

    SiteAdaptations(AdaptationStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<AdaptationSummary> approved(SiteId site) {
        return store.approved(site, UkTime.today(), access.scope()).stream().map(AdaptationRecord::summary).toList();
    }

    @Override
    public List<AdaptationSummary> approvedDuring(SiteId site, LocalDate from, LocalDate to) {
        return store.approvedDuring(site, from, to, access.scope()).stream().map(AdaptationRecord::summary).toList();
    }

    @Override
    public List<AdaptationSummary> awaitingDecision(SiteId site) {
        return store.awaitingDecision(site, access.scope()).stream().map(AdaptationRecord::summary).toList();
    }

    /** Every request of a site, newest first. */
    public List<AdaptationRecord> ofSite(SiteId site) {
        return store.ofSite(site, access.scope());
    }

    public Optional<AdaptationRecord> find(SiteId site, UUID id) {
        return store.find(site, id, access.scope());
    }

    /** The licensor's queue: requests awaiting a decision at every visible site, core ones first, then oldest. */
    public List<AdaptationRecord> queue() {
        return store.awaitingDecision(null, access.scope());
    }
}
