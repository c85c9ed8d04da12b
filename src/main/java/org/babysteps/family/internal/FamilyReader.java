package org.babysteps.family.internal;

import java.util.List;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the family pages and the API read: limited to the caller's sites in every query, and audited. A family
 * outside the caller's sites is not found, exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class FamilyReader {

    private final FamilyStore families;
    private final MemberStore members;
    private final ConsentStore consents;
    private final JourneyStore journey;
    private final BirthStore births;
    private final FamilySearch search;
    private final Access access;
    private final AuditLog auditLog;

    FamilyReader(FamilyStore families, MemberStore members, ConsentStore consents, JourneyStore journey,
                 BirthStore births, FamilySearch search, Access access, AuditLog auditLog) {
        this.families = families;
        this.members = members;
        this.consents = consents;
        this.journey = journey;
        this.births = births;
        this.search = search;
        this.access = access;
        this.auditLog = auditLog;
    }

    /**
     * Nothing but whether the caller may see the family: not found otherwise. Reveals no personal data, so it is
     * not audited; what the caller then reads or changes is.
     */
    public void requireVisible(FamilyId id) {
        families.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
    }

    /** The family with its parents and supporter, e.g. to fill a form. */
    public FamilyRecord family(FamilyId id) {
        FamilyRecord family = load(id, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "family", id, family.row().siteId()).withDetail("details"));
        return family;
    }

    public FamilyProfile profile(FamilyId id) {
        SiteScope scope = access.scope();
        FamilyRecord family = load(id, scope);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "family", id, family.row().siteId()).withDetail("profile"));
        return new FamilyProfile(family, consents.ofFamily(id, scope), journey.ofFamily(id, scope),
                births.ofFamily(id, scope));
    }

    public FamilySearch.Page search(FamilySearch.Criteria criteria) {
        FamilySearch.Page page = search.search(criteria, access.scope());
        auditLog.record(new AuditRecord(AuditAction.SEARCH, "family", null, criteria.site(),
                "stage=" + criteria.stage() + " name=" + (criteria.name() == null ? "no" : "yes")
                        + " page=" + page.page() + " results=" + page.families().size()));
        return page;
    }

    private FamilyRecord load(FamilyId id, SiteScope scope) {
        FamilyRow row = families.find(id, scope).orElseThrow(() -> new NotFoundException("Family"));
        List<MemberRecord> people = members.ofFamilies(List.of(id), scope);
        return new FamilyRecord(row, people);
    }
}
