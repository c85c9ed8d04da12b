package org.babysteps.site;

import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.internal.AgencyStore;
import org.babysteps.site.internal.SiteRecord;
import org.babysteps.site.internal.SiteStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing sites and their partnerships. Each change is audited in the same transaction. */
@Service
@Transactional
public class SiteAdministration {

    private final SiteStore sites;
    private final AgencyStore agencies;
    private final AuditLog auditLog;
    private final Access access;

    SiteAdministration(SiteStore sites, AgencyStore agencies, AuditLog auditLog, Access access) {
        this.sites = sites;
        this.agencies = agencies;
        this.auditLog = auditLog;
        this.access = access;
    }

    public SiteId create(NewSite site) {
        if (sites.nameInUse(site.name(), null)) {
            throw new SiteChangeRejectedException("name", "A site called " + site.name().trim() + " already exists");
        }
        Agency lead = agencyFor(site.leadAgencyName(), site.leadAgencyType(), "leadAgencyName");
        SiteId id = SiteId.random();
        sites.insert(id, site.name(), site.area(), lead.id());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "site", id, id));
        return id;
    }

    /** Saves new details unless someone else saved the site since it was read at {@code version}. */
    public void update(SiteId id, int version, String name, String area, AgencyId leadAgency) {
        sites.findRecord(id, access.scope()).orElseThrow(() -> new NotFoundException("Site"));
        if (sites.nameInUse(name, id)) {
            throw new SiteChangeRejectedException("name", "A site called " + name.trim() + " already exists");
        }
        boolean partner = agencies.ofSite(id, access.scope()).stream().anyMatch(a -> a.id().equals(leadAgency));
        if (!partner) {
            throw new SiteChangeRejectedException("leadAgencyId", "Select a lead agency from the site's partnership");
        }
        if (!sites.update(id, version, name, area, leadAgency)) {
            throw new SiteChangeRejectedException(null,
                    "Someone else changed this site while you were editing it. Check the details below and save again.");
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "site", id, id));
    }

    /** Adds an agency to a site's partnership, reusing an existing agency of the same name. */
    public Agency addPartnerAgency(SiteId site, String name, AgencyType type) {
        sites.findRecord(site, access.scope()).orElseThrow(() -> new NotFoundException("Site"));
        if (!type.partner()) {
            throw new SiteChangeRejectedException("type", "Select health, children's services or voluntary");
        }
        Agency agency = agencyFor(name, type, "name");
        sites.addAgency(site, agency.id());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "site", site, site).withDetail("added agency " + agency.id()));
        return agency;
    }

    /** Organisations outside any one site's partnership (the licensor, commissioners). */
    public Agency findOrCreateAgency(String name, AgencyType type) {
        return agencyFor(name, type, "name");
    }

    private Agency agencyFor(String name, AgencyType type, String field) {
        return agencies.findByName(name).map(existing -> {
            if (existing.type() != type) {
                throw new SiteChangeRejectedException(field,
                        existing.name() + " is already recorded as " + existing.type().label().toLowerCase());
            }
            return existing;
        }).orElseGet(() -> agencies.insert(name, type));
    }
}
