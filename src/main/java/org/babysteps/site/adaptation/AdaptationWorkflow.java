package org.babysteps.site.adaptation;

import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeComponent;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.site.AdaptationRequests;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.Sites;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requesting, deciding and withdrawing local adaptations. Each change is audited in the same transaction, and a
 * broken rule saves nothing.
 */
@Service
@Transactional
public class AdaptationWorkflow implements AdaptationRequests {

    private final AdaptationStore store;
    private final Sites sites;
    private final LicensedProgramme licensedProgramme;
    private final Access access;
    private final AuditLog auditLog;

    AdaptationWorkflow(AdaptationStore store, Sites sites, LicensedProgramme licensedProgramme, Access access,
                       AuditLog auditLog) {
        this.store = store;
        this.sites = sites;
        this.licensedProgramme = licensedProgramme;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public UUID request(SiteId site, NewAdaptation request) {
        sites.find(site).orElseThrow(() -> new NotFoundException("Site"));
        CurrentUser user = access.currentUser();
        if (!leads(user, site) && !user.has(Role.LICENSOR_ADMIN)) {
            throw new AccessDeniedException("Only the site's lead requests adaptations");
        }
        ProgrammeDefinition programme = licensedProgramme.of(site);
        ProgrammeComponent component = new AdaptationRequestPolicy().check(request, programme);
        UUID id = UUID.randomUUID();
        store.insert(id, site, programme, component, request, user.userId().value(), user.displayName());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "site-adaptation", id, site)
                .withDetail(component.code() + (component.core() ? " (core)" : "")));
        return id;
    }

    @Override
    public void decide(SiteId site, UUID id, int version, AdaptationStatus decision, String reason, String conditions) {
        AdaptationRecord request = find(site, id);
        CurrentUser user = access.currentUser();
        if (user.roles().stream().noneMatch(Role::licensor)) {
            throw new AccessDeniedException("Only licensor staff decide adaptations");
        }
        new AdaptationDecisionPolicy().checkDecision(request.status(), decision, reason, conditions);
        String kept = decision == AdaptationStatus.APPROVED_WITH_CONDITIONS ? conditions : null;
        close(request, version, decision, reason, kept, user);
    }

    @Override
    public void withdraw(SiteId site, UUID id, int version) {
        AdaptationRecord request = find(site, id);
        CurrentUser user = access.currentUser();
        if (!leads(user, site)) {
            throw new AccessDeniedException("Only the site's lead withdraws its requests");
        }
        new AdaptationDecisionPolicy().checkWithdrawal(request.status());
        close(request, version, AdaptationStatus.WITHDRAWN, null, null, user);
    }

    private void close(AdaptationRecord request, int version, AdaptationStatus status, String reason, String conditions,
                       CurrentUser user) {
        if (!store.close(request.id(), version, status, reason, conditions, user.userId().value(), user.displayName())) {
            throw new SiteChangeRejectedException(null,
                    "Someone else decided or changed this request while you were looking at it. Check it again below.");
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "site-adaptation", request.id(), request.site())
                .withDetail(status.name()));
    }

    private AdaptationRecord find(SiteId site, UUID id) {
        return store.find(site, id, access.scope()).orElseThrow(() -> new NotFoundException("Adaptation"));
    }

    private static boolean leads(CurrentUser user, SiteId site) {
        return user.has(Role.SITE_LEAD) && user.siteIds().contains(site);
    }
}
