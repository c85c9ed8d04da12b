package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.FacilitatorStore;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A site's facilitator roster: who can deliver, their agency type, when they were trained and when they left. */
@Service
@Transactional
public class Roster {

    private static final Set<String> AGENCY_TYPES = Set.of("HEALTH", "CHILDRENS_SERVICES", "VOLUNTARY");

    private final FacilitatorStore facilitators;
    private final Access access;
    private final AuditLog auditLog;

    Roster(FacilitatorStore facilitators, Access access, AuditLog auditLog) {
        this.facilitators = facilitators;
        this.access = access;
        this.auditLog = auditLog;
    }

    public FacilitatorId add(SiteId site, UserId user, String displayName, String agencyType, LocalDate trainedOn) {
        if (!access.scope().includes(site)) {
            throw new NotFoundException("Site");
        }
        if (!AGENCY_TYPES.contains(agencyType)) {
            throw new DeliveryRuleException("agencyType", "Select health, children's services or voluntary");
        }
        if (facilitators.onRoster(site, user)) {
            throw new DeliveryRuleException("userId", "This person is already on the site's roster");
        }
        FacilitatorId id = FacilitatorId.random();
        facilitators.insert(new Facilitator(id, site, user, displayName, agencyType, trainedOn, null, null));
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "facilitator", id, site));
        return id;
    }

    /** Records training and leaving dates; a leaver's future sessions are then flagged for cover. */
    public void update(FacilitatorId id, LocalDate trainedOn, LocalDate leftOn) {
        Facilitator facilitator = facilitators.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Facilitator"));
        if (trainedOn != null && leftOn != null && leftOn.isBefore(trainedOn)) {
            throw new DeliveryRuleException("leftOn", "Leaving date must be after the training date");
        }
        facilitators.update(id, trainedOn, leftOn);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "facilitator", id, facilitator.siteId()));
    }

    @Transactional(readOnly = true)
    public List<Facilitator> atSite(SiteId site) {
        return facilitators.atSite(site, access.scope());
    }

    @Transactional(readOnly = true)
    public Facilitator find(FacilitatorId id) {
        return facilitators.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Facilitator"));
    }
}
