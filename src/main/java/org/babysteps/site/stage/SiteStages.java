package org.babysteps.site.stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.ImplementationStages;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.StageChanges;
import org.babysteps.site.StageSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sites' implementation stages: the current one, the dated history, and the licensor recording a change. */
@Service
@Transactional(readOnly = true)
public class SiteStages implements ImplementationStages, StageChanges {

    private final StageStore store;
    private final Access access;
    private final AuditLog auditLog;

    SiteStages(StageStore store, Access access, AuditLog auditLog) {
        this.store = store;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public Optional<StageSummary> current(SiteId site) {
        return store.current(site, access.scope()).map(SiteStage::summary);
    }

    @Override
    public List<StageSummary> currentForVisibleSites() {
        return store.currentOfAll(access.scope(), BoardOrder.SITE_NAME).stream().map(SiteStage::summary).toList();
    }

    /** The site's stage with its name and how many changes are recorded; empty for a site the caller may not see. */
    public Optional<SiteStage> stageOf(SiteId site) {
        return store.current(site, access.scope());
    }

    public List<SiteStage> board(BoardOrder order) {
        return store.currentOfAll(access.scope(), order);
    }

    public List<StageChange> history(SiteId site) {
        return store.history(site, access.scope());
    }

    @Override
    @Transactional
    public void change(SiteId site, int recordedChangesSeen, ImplementationStage stage, LocalDate startedOn, String note) {
        CurrentUser user = access.currentUser();
        SiteStage current = store.current(site, access.scope()).orElseThrow(() -> new NotFoundException("Site"));
        if (user.roles().stream().noneMatch(Role::licensor)) {
            throw new AccessDeniedException("Only licensor staff change a site's implementation stage");
        }
        if (current.recordedChanges() != recordedChangesSeen) {
            throw stale();
        }
        new StageChangePolicy().check(current, stage, startedOn, note, UkTime.today());
        StageChange change = new StageChange(UUID.randomUUID(), site, current.recordedChanges() + 1, stage, startedOn,
                note, user.displayName(), null);
        if (!store.insert(change, user.userId().value())) {
            throw stale();
        }
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "site-stage-change", change.id(), site)
                .withDetail(stage.name() + " from " + startedOn));
    }

    private static SiteChangeRejectedException stale() {
        return new SiteChangeRejectedException(null,
                "Someone else changed this site's stage while you were recording yours. Check the history below and record the change again if it is still needed.");
    }
}
