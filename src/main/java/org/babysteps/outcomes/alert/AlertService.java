package org.babysteps.outcomes.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.outcomes.Acknowledgement;
import org.babysteps.outcomes.AlertDetail;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertSummary;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.SafeguardingAlerts;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and acknowledging alerts for the signed-in person; every read and change is audited. */
@Service
@Transactional
class AlertService implements SafeguardingAlerts {

    private final AlertStore store;
    private final EarlierAcknowledgements earlier;
    private final Families families;
    private final Instruments instruments;
    private final Access access;
    private final AuditLog auditLog;

    AlertService(AlertStore store, EarlierAcknowledgements earlier, Families families, Instruments instruments,
                 Access access, AuditLog auditLog) {
        this.store = store;
        this.earlier = earlier;
        this.families = families;
        this.instruments = instruments;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public List<AlertSummary> openFor(CurrentUser user) {
        return summaries(store.waiting(AlertViewer.of(user)), "open alerts");
    }

    @Override
    public List<AlertSummary> listFor(CurrentUser user, int acknowledgedLimit) {
        AlertViewer viewer = AlertViewer.of(user);
        List<AlertRow> rows = new ArrayList<>(store.waiting(viewer));
        rows.addAll(store.recentlyAcknowledged(viewer, acknowledgedLimit));
        return summaries(rows, "alert list");
    }

    @Override
    public AlertDetail find(AlertId id) {
        AlertRow alert = visible(id);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "safeguarding-alert", id, alert.siteId()));
        String instrumentName = instruments.find(alert.instrumentCode(), alert.instrumentVersion())
                .map(InstrumentDefinition::name).orElse(alert.instrumentLabel());
        return new AlertDetail(summary(alert, familyNames(List.of(alert))), instrumentName, alert.selfCompleted(),
                alert.givenAt(), store.rules(id), alert.escalatesAt(), alert.acknowledgedByName(), alert.actionTaken(),
                alert.referral(), alert.status().needsAcknowledging(), alert.version(), earlier.of(id));
    }

    @Override
    public void acknowledge(AlertId id, Acknowledgement acknowledgement) {
        AlertRow alert = visible(id);
        AlertTransitions.checkAcknowledgement(alert, acknowledgement);
        CurrentUser user = access.currentUser();
        if (!store.acknowledge(id, acknowledgement.version(), user.userId(), user.displayName(),
                acknowledgement.actionTaken().strip(), acknowledgement.referral(), Instant.now())) {
            // lost a race with another acknowledgement: explain with what is there now
            AlertTransitions.checkAcknowledgement(visible(id), acknowledgement);
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "safeguarding-alert", id, alert.siteId())
                .withDetail("acknowledged" + (acknowledgement.referral() == null ? "" : ", referred to "
                        + acknowledgement.referral().label())));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<SiteId, Integer> waitingCounts() {
        return store.waitingCounts(access.scope());
    }

    private AlertRow visible(AlertId id) {
        return store.find(id, AlertViewer.of(access.currentUser())).orElseThrow(() -> new NotFoundException("Alert"));
    }

    private List<AlertSummary> summaries(List<AlertRow> rows, String what) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<FamilyId, FamilySummary> names = familyNames(rows);
        auditLog.recordAll(rows.stream().map(row -> AuditRecord.of(AuditAction.VIEW, "safeguarding-alert", row.id(),
                row.siteId()).withDetail(what)).toList());
        return rows.stream().map(row -> summary(row, names)).toList();
    }

    private Map<FamilyId, FamilySummary> familyNames(List<AlertRow> rows) {
        return families.findAll(rows.stream().map(AlertRow::familyId).distinct().toList());
    }

    private static AlertSummary summary(AlertRow row, Map<FamilyId, FamilySummary> families) {
        FamilySummary family = families.get(row.familyId());
        return new AlertSummary(row.id(), row.siteId(), row.familyId(),
                family == null ? "Family not available" : family.displayName(), row.instrumentLabel(), row.status(),
                row.raisedAt(), row.escalatedAt(), row.acknowledgedAt());
    }
}
