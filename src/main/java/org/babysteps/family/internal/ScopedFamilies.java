package org.babysteps.family.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.ConsentRequiredException;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyEvaluationFacts;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.Participant;
import org.babysteps.family.ReferralFunnel;
import org.babysteps.family.ReferralActivity;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Families} for other modules: every read limited to the caller's sites inside the query and audited as a
 * read of the family's personal data.
 */
@Service
@Transactional(readOnly = true)
class ScopedFamilies implements Families {

    private final FamilyStore families;
    private final MemberStore members;
    private final ConsentStore consents;
    private final FamilyJourney journey;
    private final Access access;
    private final Today today;
    private final AuditLog auditLog;
    private final FunnelQuery funnel;
    private final ActivityQuery activity;
    private final EvaluationFactsQuery evaluationFacts;

    ScopedFamilies(FamilyStore families, MemberStore members, ConsentStore consents, FamilyJourney journey,
                   Access access, Today today, AuditLog auditLog, FunnelQuery funnel,
                   ActivityQuery activity, EvaluationFactsQuery evaluationFacts) {
        this.evaluationFacts = evaluationFacts;
        this.activity = activity;
        this.funnel = funnel;
        this.families = families;
        this.members = members;
        this.consents = consents;
        this.journey = journey;
        this.access = access;
        this.today = today;
        this.auditLog = auditLog;
    }

    @Override
    public ReferralFunnel funnel(SiteId site) {
        return funnel.of(site, access.scope());
    }

    @Override
    public ReferralActivity activity(SiteId site, LocalDate from, LocalDate to) {
        return activity.between(site, access.scope(), from, to);
    }

    @Override
    public Map<FamilyId, FamilyEvaluationFacts> evaluationFacts(SiteId site, Collection<FamilyId> ids) {
        Map<FamilyId, FamilyEvaluationFacts> facts = evaluationFacts.of(site, ids, access.scope());
        // one record for the set: the facts name no one, and the export that asks audits its own read as well
        auditLog.record(new AuditRecord(AuditAction.VIEW, "family-evaluation-facts", null, site,
                "families: " + facts.size()));
        return facts;
    }

    @Override
    public Optional<FamilySummary> find(FamilyId id) {
        Optional<FamilyRow> family = families.find(id, access.scope());
        family.ifPresent(row -> viewed(row, "summary"));
        return family.map(FamilyRow::summary);
    }

    @Override
    public List<FamilySummary> atStage(SiteId site, JourneyStage stage) {
        List<FamilyRow> rows = families.atStage(site, stage, access.scope());
        auditLog.record(new AuditRecord(AuditAction.SEARCH, "family", null, site, stage.name() + " families: " + rows.size()));
        return rows.stream().map(FamilyRow::summary).toList();
    }

    @Override
    public List<FamilySummary> openFamiliesAt(SiteId site) {
        List<FamilyRow> open = families.openAt(site, access.scope());
        auditLog.record(new AuditRecord(AuditAction.SEARCH, "family", null, site, "open families: " + open.size()));
        return open.stream().map(FamilyRow::summary).toList();
    }

    @Override
    public Map<FamilyId, FamilySummary> findAll(Collection<FamilyId> ids) {
        Map<FamilyId, FamilySummary> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<FamilyRow> rows = families.findAll(ids, access.scope());
        viewed(rows, "summary");
        for (FamilyRow row : rows) {
            found.put(row.id(), row.summary());
        }
        return found;
    }

    @Override
    public Map<FamilyId, List<Participant>> participants(Collection<FamilyId> ids) {
        Map<FamilyId, List<Participant>> byFamily = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byFamily;
        }
        // ordered by family, then position: parents (1, 2) before the supporter (3)
        for (MemberRecord member : members.ofFamilies(ids, access.scope())) {
            byFamily.computeIfAbsent(member.familyId(), id -> new ArrayList<>()).add(member.participant());
        }
        viewed(families.findAll(byFamily.keySet(), access.scope()), "participants");
        return byFamily;
    }

    @Override
    public Map<FamilyId, LocalDate> closedOn(Collection<FamilyId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<FamilyId, LocalDate> closed = families.closedOn(ids, access.scope());
        // one record for the set: it names no one, and says only how many have closed
        auditLog.record(new AuditRecord(AuditAction.VIEW, "family", null, null,
                "closing dates: " + closed.size() + " of " + ids.size() + " families closed"));
        return closed;
    }

    @Override
    public boolean hasConsent(FamilyId id, ConsentPurpose purpose) {
        FamilyRow family = families.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
        LocalDate day = today.date();
        boolean current = consents.current(id, purpose, day, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "consent", null, family.siteId())
                .withDetail("family " + id + " " + purpose + (current ? " current" : " not current")));
        return current;
    }

    @Override
    public Set<FamilyId> withConsent(Collection<FamilyId> ids, ConsentPurpose purpose) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<FamilyId> current = consents.currentAmong(ids, purpose, today.date(), access.scope());
        // one record for the set: it names no one, and says only how many have the consent
        auditLog.record(new AuditRecord(AuditAction.VIEW, "consent", null, null,
                purpose + " current for " + current.size() + " of " + ids.size() + " families"));
        return current;
    }

    @Override
    public void requireConsent(FamilyId id, ConsentPurpose purpose) {
        if (!hasConsent(id, purpose)) {
            throw new ConsentRequiredException(purpose);
        }
    }

    @Override
    @Transactional
    public void reachStage(FamilyId id, JourneyStage stage, LocalDate on) {
        journey.reach(id, stage, on);
    }

    private void viewed(FamilyRow family, String what) {
        viewed(List.of(family), what);
    }

    /** One audit row per family seen, written together in one short transaction. */
    private void viewed(List<FamilyRow> rows, String what) {
        auditLog.recordAll(rows.stream()
                .map(row -> AuditRecord.of(AuditAction.VIEW, "family", row.id(), row.siteId()).withDetail(what))
                .toList());
    }
}
