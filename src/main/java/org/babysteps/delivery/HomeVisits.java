package org.babysteps.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.FacilitatorStore;
import org.babysteps.delivery.internal.HomeVisitStore;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme's two home visits per family: planned, done, by whom; the first one done moves the journey on. */
@Service
@Transactional
public class HomeVisits {

    private final HomeVisitStore visits;
    private final FacilitatorStore facilitators;
    private final Families families;
    private final Programmes programmes;
    private final CompletionTracker completion;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock = UkTime.clock();

    HomeVisits(HomeVisitStore visits, FacilitatorStore facilitators, Families families, Programmes programmes,
               CompletionTracker completion, Access access, AuditLog auditLog) {
        this.visits = visits;
        this.facilitators = facilitators;
        this.families = families;
        this.programmes = programmes;
        this.completion = completion;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<HomeVisitSlot> ofFamily(FamilyId familyId) {
        FamilySummary family = family(familyId);
        Map<String, HomeVisit> recorded = visits.ofFamily(familyId, access.scope()).stream()
                .collect(Collectors.toMap(HomeVisit::contactCode, Function.identity()));
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "home-visits", familyId, family.siteId()));
        return programmes.defaultProgramme().homeVisits().stream()
                .map(definition -> new HomeVisitSlot(definition, recorded.get(definition.code()))).toList();
    }

    public void save(FamilyId familyId, String contactCode, HomeVisitRecord record) {
        FamilySummary family = family(familyId);
        families.requireConsent(familyId, ConsentPurpose.TAKE_PART);
        ContactDefinition definition = programmes.defaultProgramme().contact(contactCode)
                .filter(contact -> !contact.isGroupSession())
                .orElseThrow(() -> new NotFoundException("Home visit"));
        check(family, definition, record);
        HomeVisit existing = visits.find(familyId, contactCode).orElse(null);
        HomeVisit visit = new HomeVisit(existing == null ? HomeVisitId.random() : existing.id(), familyId, contactCode,
                record.plannedDate(), record.doneOn(), record.durationMinutes(), blankToNull(record.notes()),
                definition.talkAndListenTime() ? record.talkAndListenDone() : null, record.version(), List.of());
        if (!visits.save(visit, family.siteId(), new HashSet<>(record.visitors()))) {
            throw new DeliveryRuleException(null, "Someone else saved this visit while you were editing it. "
                    + "Check what they recorded and save again.");
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "home-visit", familyId, family.siteId()).withDetail(contactCode));
        if (record.doneOn() != null) {
            families.reachStage(familyId, JourneyStage.FIRST_VISIT_DONE, record.doneOn());
            completion.reassessFamily(familyId);
        }
    }

    private void check(FamilySummary family, ContactDefinition definition, HomeVisitRecord record) {
        LocalDate today = LocalDate.now(clock);
        if (record.plannedDate() == null && record.doneOn() == null) {
            throw new DeliveryRuleException("plannedDate", "Enter the date the visit is planned for, or the date it was done");
        }
        if (record.doneOn() != null && record.doneOn().isAfter(today)) {
            throw new DeliveryRuleException("doneOn", "Date done must be today or in the past");
        }
        if (record.doneOn() != null && family.referredOn() != null && record.doneOn().isBefore(family.referredOn())) {
            throw new DeliveryRuleException("doneOn", "Date done must be on or after the referral date, "
                    + DeliveryFormats.date(family.referredOn()));
        }
        if (record.doneOn() != null && record.visitors().isEmpty()) {
            throw new DeliveryRuleException("visitors", "Select who visited");
        }
        if (record.doneOn() != null && definition.talkAndListenTime() && record.talkAndListenDone() == null) {
            throw new DeliveryRuleException("talkAndListenDone", "Select whether talk and listen time was done");
        }
        List<Facilitator> visitors = facilitators.findAll(new HashSet<>(record.visitors()));
        if (visitors.size() != new HashSet<>(record.visitors()).size()
                || visitors.stream().anyMatch(v -> !v.siteId().equals(family.siteId()))) {
            throw new DeliveryRuleException("visitors", "Select visitors from the site's roster");
        }
    }

    private FamilySummary family(FamilyId id) {
        return families.find(id).orElseThrow(() -> new NotFoundException("Family"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
