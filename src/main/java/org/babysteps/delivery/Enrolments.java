package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.EnrolmentStore;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.CapacityPolicy;
import org.babysteps.programme.EddFit;
import org.babysteps.programme.EddFitPolicy;
import org.babysteps.programme.GroupRules;
import org.babysteps.programme.Placement;
import org.babysteps.programme.Programmes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placing families in groups: consent first, one live place per family, capacity then a waiting list. */
@Service
@Transactional
public class Enrolments {

    private final GroupStore groups;
    private final EnrolmentStore enrolments;
    private final Families families;
    private final Programmes programmes;
    private final Access access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Enrolments(GroupStore groups, EnrolmentStore enrolments, Families families, Programmes programmes, Access access,
               AuditLog auditLog, ApplicationEventPublisher events) {
        this.groups = groups;
        this.enrolments = enrolments;
        this.families = families;
        this.programmes = programmes;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Open families of the group's site without a live place, with their fit to the group's timing. */
    @Transactional(readOnly = true)
    public List<EnrolmentCandidate> candidates(GroupId groupId) {
        Group group = group(groupId);
        EddFitPolicy fit = new EddFitPolicy(rules(group));
        Set<FamilyId> placed = enrolments.familiesWithLivePlaceAt(group.siteId());
        return families.openFamiliesAt(group.siteId()).stream()
                .filter(family -> !placed.contains(family.id()))
                .map(family -> candidate(family, fit, group))
                .toList();
    }

    public EnrolmentStatus enrol(GroupId groupId, FamilyId familyId, boolean acceptOutsideWindow) {
        Group group = group(groupId);
        FamilySummary family = families.find(familyId)
                .filter(found -> found.siteId().equals(group.siteId()))
                .orElseThrow(() -> new DeliveryRuleException("familyId", "Select a family of this site"));
        if (family.stage().closed()) {
            throw new DeliveryRuleException("familyId", family.displayName() + " is no longer in the programme");
        }
        families.requireConsent(familyId, ConsentPurpose.TAKE_PART);
        groups.lock(groupId);
        enrolments.livePlace(familyId).ifPresent(existing -> {
            throw new DeliveryRuleException("familyId", family.displayName() + " already has a place in a group");
        });
        EddFit fit = new EddFitPolicy(rules(group)).assess(family.expectedDeliveryDate(), group.startDate());
        if (!fit.fits() && !acceptOutsideWindow) {
            throw new DeliveryRuleException("acceptOutsideWindow", fit.explanation()
                    + ". Confirm you want to enrol this family anyway.");
        }
        // completed families still hold their places until the group ends
        int taken = enrolments.count(groupId, EnrolmentStatus.ENROLLED) + enrolments.count(groupId, EnrolmentStatus.COMPLETED);
        Placement placement = new CapacityPolicy(rules(group)).place(taken);
        EnrolmentStatus status = placement == Placement.ENROLLED ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
        try {
            enrolments.insert(new Enrolment(UUID.randomUUID(), groupId, familyId, status, UkTime.today(),
                    fit.fits() ? null : fit.explanation()), group.siteId());
        } catch (DuplicateKeyException raced) {
            throw new DeliveryRuleException("familyId", family.displayName() + " already has a place in a group");
        }
        if (status == EnrolmentStatus.ENROLLED) {
            families.reachStage(familyId, JourneyStage.ENROLLED, UkTime.today());
        }
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "enrolment", familyId, group.siteId())
                .withDetail(status + " in group " + groupId));
        events.publishEvent(new FamilyEnrolled(familyId, groupId, group.siteId(), status));
        return status;
    }

    /** Takes a family out of a group; the first family waiting (with consent) takes the freed place. */
    public void withdraw(GroupId groupId, FamilyId familyId) {
        Group group = group(groupId);
        groups.lock(groupId);
        Enrolment place = enrolments.ofGroup(groupId).stream()
                .filter(e -> e.familyId().equals(familyId) && e.status().live())
                .findFirst().orElseThrow(() -> new NotFoundException("Enrolment"));
        enrolments.setStatus(place.id(), EnrolmentStatus.WITHDRAWN);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "enrolment", familyId, group.siteId()).withDetail("withdrawn"));
        if (place.status() == EnrolmentStatus.ENROLLED) {
            promoteFirstWaiting(group);
        }
    }

    /** A family's live place, if any, is given up (consent withdrawn, family left): see FamilyDepartures. */
    public void release(FamilyId familyId, String why) {
        enrolments.livePlace(familyId).ifPresent(place -> {
            withdraw(place.groupId(), familyId);
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, "enrolment", familyId, null).withDetail(why));
        });
    }

    private void promoteFirstWaiting(Group group) {
        for (Enrolment next : enrolments.ofGroup(group.id())) {
            if (next.status() == EnrolmentStatus.WAITING && families.hasConsent(next.familyId(), ConsentPurpose.TAKE_PART)) {
                enrolments.setStatus(next.id(), EnrolmentStatus.ENROLLED);
                families.reachStage(next.familyId(), JourneyStage.ENROLLED, UkTime.today());
                auditLog.record(AuditRecord.of(AuditAction.UPDATE, "enrolment", next.familyId(), group.siteId())
                        .withDetail("moved up from the waiting list"));
                events.publishEvent(new FamilyEnrolled(next.familyId(), group.id(), group.siteId(), EnrolmentStatus.ENROLLED));
                return;
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Enrolment> ofGroup(GroupId groupId) {
        group(groupId);
        return enrolments.ofGroup(groupId);
    }

    private EnrolmentCandidate candidate(FamilySummary family, EddFitPolicy policy, Group group) {
        if (family.expectedDeliveryDate() == null) {
            return new EnrolmentCandidate(family, false, "No expected date of delivery recorded");
        }
        EddFit fit = policy.assess(family.expectedDeliveryDate(), group.startDate());
        return new EnrolmentCandidate(family, fit.fits(), fit.explanation());
    }

    private GroupRules rules(Group group) {
        return programmes.find(group.programmeId(), group.programmeVersion())
                .orElseThrow(() -> new IllegalStateException("Programme " + group.programmeId() + " v"
                        + group.programmeVersion() + " is not loaded")).groupRules();
    }

    private Group group(GroupId id) {
        return groups.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Group"));
    }
}
