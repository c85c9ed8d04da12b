package org.babysteps.delivery;

import java.util.List;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.VenueStore;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The places a site's groups meet. */
@Service
@Transactional
public class Venues {

    private final VenueStore venues;
    private final Access access;
    private final AuditLog auditLog;

    Venues(VenueStore venues, Access access, AuditLog auditLog) {
        this.venues = venues;
        this.access = access;
        this.auditLog = auditLog;
    }

    public VenueId add(SiteId site, String name, String address, int capacity, String accessibilityNotes) {
        if (!access.scope().includes(site)) {
            throw new NotFoundException("Site");
        }
        VenueId id = VenueId.random();
        venues.insert(new Venue(id, site, name.trim(), address.trim(), capacity, accessibilityNotes));
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "venue", id, site));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Venue> atSite(SiteId site) {
        return venues.atSite(site, access.scope());
    }
}
