package org.babysteps.site.funding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.Agency;
import org.babysteps.site.AgencyType;
import org.babysteps.site.FundingStreamSummary;
import org.babysteps.site.FundingStreams;
import org.babysteps.site.FundingWarning;
import org.babysteps.site.FundingWarnings;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.Sites;
import org.babysteps.site.funding.FundingStreamStore.SiteSecuredPeriod;
import org.babysteps.site.internal.AgencyStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding and commissioning: a site's streams, how long its delivery is funded, and recording and editing
 * streams (site lead or licensor admin), each change audited with what it changed.
 */
@Service
@Transactional
public class FundingService implements FundingStreams, FundingWarnings {

    private final FundingStreamStore store;
    private final AgencyStore agencies;
    private final Sites sites;
    private final Access access;
    private final AuditLog auditLog;
    private final FundingStreamPolicy policy = new FundingStreamPolicy();
    private final FundingWarningPolicy warnings = new FundingWarningPolicy();

    FundingService(FundingStreamStore store, AgencyStore agencies, Sites sites, Access access, AuditLog auditLog) {
        this.store = store;
        this.agencies = agencies;
        this.sites = sites;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundingStreamSummary> forSite(SiteId site) {
        return store.forSite(site, access.scope(), viewer()).stream().map(VersionedFundingStream::stream).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FundingStreamSummary> find(UUID streamId) {
        return findForEdit(streamId).map(VersionedFundingStream::stream);
    }

    @Transactional(readOnly = true)
    public Optional<VersionedFundingStream> findForEdit(UUID streamId) {
        return store.find(streamId, access.scope(), viewer());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> securedUntil(SiteId site) {
        return warnings.securedUntil(periods(site), UkTime.today());
    }

    @Override
    @Transactional(readOnly = true)
    public FundingWarning warning(SiteId site) {
        return warnings.assess(periods(site), UkTime.today());
    }

    /** Every visible site with its funding warning, the most urgent first, then by name. */
    @Transactional(readOnly = true)
    public List<SiteFunding> overview() {
        Map<SiteId, List<SecuredPeriod>> bySite = store.securedPeriods(null, access.scope(), viewer()).stream()
                .collect(Collectors.groupingBy(SiteSecuredPeriod::site,
                        Collectors.mapping(SiteSecuredPeriod::period, Collectors.toList())));
        LocalDate today = UkTime.today();
        return sites.visibleSites().stream()
                .map(site -> new SiteFunding(site, warnings.assess(bySite.getOrDefault(site.id(), List.of()), today)))
                .sorted(java.util.Comparator.comparing((SiteFunding f) -> f.warning().tier()).reversed())
                .toList();
    }

    /** Every stream the caller may see, across sites. */
    @Transactional(readOnly = true)
    public List<FundingStreamSummary> allStreams() {
        return store.all(access.scope(), viewer()).stream().map(VersionedFundingStream::stream).toList();
    }

    /** The commissioning bodies already recorded, to choose from. */
    @Transactional(readOnly = true)
    public List<Agency> commissioners() {
        return agencies.ofType(AgencyType.COMMISSIONER);
    }

    public UUID create(SiteId site, FundingStreamDetails details) {
        requireEditorOf(site);
        policy.check(details);
        AgencyId commissioner = commissionerFor(details);
        UUID id = UUID.randomUUID();
        store.insert(id, site, commissioner, details);
        FundingStreamSummary created = find(id).orElseThrow();
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "funding-stream", id, site)
                .withDetail(FundingChanges.describe(created)));
        return id;
    }

    /** Saves new details unless someone else saved the stream since it was read at {@code version}. */
    public void update(UUID streamId, int version, FundingStreamDetails details) {
        FundingStreamSummary before = find(streamId).orElseThrow(() -> new NotFoundException("Funding stream"));
        requireEditorOf(before.site());
        policy.check(details);
        AgencyId commissioner = commissionerFor(details);
        if (!store.update(streamId, version, commissioner, details)) {
            throw new SiteChangeRejectedException(null,
                    "Someone else changed this funding stream while you were editing it. Check the details below and save again.");
        }
        FundingStreamSummary after = find(streamId).orElseThrow();
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "funding-stream", streamId, before.site())
                .withDetail(FundingChanges.describe(before, after)));
    }

    private AgencyId commissionerFor(FundingStreamDetails details) {
        if (!details.namesNewCommissioner()) {
            return agencies.find(details.commissionerId()).filter(a -> a.type() == AgencyType.COMMISSIONER)
                    .map(Agency::id)
                    .orElseThrow(() -> new SiteChangeRejectedException("commissionerId", "Select a commissioner from the list"));
        }
        String name = details.newCommissionerName().trim();
        Agency agency = agencies.findByName(name).orElseGet(() -> agencies.insert(name, AgencyType.COMMISSIONER));
        if (agency.type() != AgencyType.COMMISSIONER) {
            throw new SiteChangeRejectedException("newCommissionerName",
                    agency.name() + " is already recorded as " + agency.type().label().toLowerCase() + ", not a commissioner");
        }
        return agency.id();
    }

    private void requireEditorOf(SiteId site) {
        if (!access.scope().includes(site)) {
            throw new NotFoundException("Site");
        }
        CurrentUser user = access.currentUser();
        if (!user.has(Role.LICENSOR_ADMIN) && !(user.has(Role.SITE_LEAD) && user.siteIds().contains(site))) {
            throw new AccessDeniedException("Only the site lead or a licensor admin may change funding");
        }
    }

    private List<SecuredPeriod> periods(SiteId site) {
        return store.securedPeriods(site, access.scope(), viewer()).stream().map(SiteSecuredPeriod::period).toList();
    }

    private FundingViewer viewer() {
        return FundingViewer.of(access.currentUser());
    }
}
