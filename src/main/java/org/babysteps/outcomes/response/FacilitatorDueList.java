package org.babysteps.outcomes.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.ContactDates;
import org.babysteps.delivery.FamilyContacts;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.identity.Access;
import org.babysteps.outcomes.DueQuestionnaire;
import org.babysteps.outcomes.DueQuestionnaireList;
import org.babysteps.outcomes.DueStatus;
import org.babysteps.outcomes.FacilitatorQuestionnaires;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DueQuestionnaireList} from the delivery module's contact dates, what {@link DueQuestionnaires} says is still
 * to complete, and {@link DueDatePolicy}. A fixed number of queries whatever the number of families, bar the consent
 * check, which is one per family.
 */
@Service
@Transactional(readOnly = true)
class FacilitatorDueList implements DueQuestionnaireList {

    /** The follow-up falls 12 weeks after the last session; four more weeks leave time to chase it. */
    static final int WEEKS_AFTER_LAST_SESSION = 16;

    private final ContactDates contactDates;
    private final Families families;
    private final ResponseStore store;
    private final Programmes programmes;
    private final Instruments instruments;
    private final Access access;
    private final AuditLog auditLog;

    FacilitatorDueList(ContactDates contactDates, Families families, ResponseStore store, Programmes programmes,
                       Instruments instruments, Access access, AuditLog auditLog) {
        this.contactDates = contactDates;
        this.families = families;
        this.store = store;
        this.programmes = programmes;
        this.instruments = instruments;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public FacilitatorQuestionnaires forSignedInFacilitator() {
        LocalDate today = UkTime.today();
        Map<FamilyId, FamilyContacts> placed = new LinkedHashMap<>();
        contactDates.ofFamiliesFacilitatedBySignedInUser(today.minusWeeks(WEEKS_AFTER_LAST_SESSION))
                .forEach(contacts -> placed.putIfAbsent(contacts.familyId(), contacts));
        if (placed.isEmpty()) {
            return new FacilitatorQuestionnaires(List.of(), List.of());
        }
        Map<FamilyId, FamilySummary> summaries = families.findAll(placed.keySet());
        List<FacilitatorQuestionnaires.ConsentNeeded> consentNeeded = new ArrayList<>();
        List<FamilyId> askable = new ArrayList<>();
        for (FamilyContacts contacts : placed.values()) {
            FamilySummary family = summaries.get(contacts.familyId());
            if (family == null) {
                continue;
            }
            if (families.hasConsent(family.id(), ConsentPurpose.EVALUATION_USE)) {
                askable.add(family.id());
            } else {
                consentNeeded.add(new FacilitatorQuestionnaires.ConsentNeeded(family.id(), family.displayName(),
                        contacts.groupName()));
            }
        }
        List<DueQuestionnaire> due = askable.isEmpty() ? List.of() : due(askable, placed, summaries, today);
        return new FacilitatorQuestionnaires(due, consentNeeded);
    }

    private List<DueQuestionnaire> due(List<FamilyId> askable, Map<FamilyId, FamilyContacts> placed,
                                       Map<FamilyId, FamilySummary> summaries, LocalDate today) {
        ProgrammeDefinition programme = programmes.defaultProgramme();
        Map<FamilyId, List<Participant>> participants = families.participants(askable);
        Map<FamilyId, List<ResponseRecord>> responses = store.ofFamilies(askable, access.scope()).stream()
                .collect(Collectors.groupingBy(ResponseRecord::familyId));
        auditLog.recordAll(askable.stream().map(id -> AuditRecord.of(AuditAction.VIEW, "questionnaire-response", null,
                summaries.get(id).siteId()).withDetail("questionnaires due, family " + id)).toList());
        List<DueQuestionnaire> due = new ArrayList<>();
        for (FamilyId id : askable) {
            List<Participant> parents = participants.getOrDefault(id, List.of()).stream()
                    .filter(participant -> participant.role() == ParticipantRole.PARENT).toList();
            FamilyContacts contacts = placed.get(id);
            for (DueQuestionnaires.AtTimePoint point : DueQuestionnaires.of(programme, parents,
                    responses.getOrDefault(id, List.of()), this::instrumentName)) {
                Optional<LocalDate> contact = contacts.dateOf(point.timePoint().contactCode());
                Optional<DueStatus> status = DueDatePolicy.status(point.timePoint(), contact, today);
                if (status.isEmpty()) {
                    continue;
                }
                for (DueQuestionnaires.ParentItems parent : point.parents()) {
                    List<DueQuestionnaire.Instrument> open = parent.items().stream().filter(DueQuestionnaires.Item::due)
                            .map(item -> new DueQuestionnaire.Instrument(item.instrumentCode(), item.instrumentName(),
                                    item.inProgress().isPresent())).toList();
                    if (!open.isEmpty()) {
                        due.add(new DueQuestionnaire(id, summaries.get(id).displayName(), contacts.groupName(),
                                parent.participantId(), parent.name(), parent.role(), point.timePoint().code(),
                                point.timePoint().title(), open, DueDatePolicy.dueOn(point.timePoint(), contact.get()),
                                status.get()));
                    }
                }
            }
        }
        due.sort(Comparator.comparing(DueQuestionnaire::dueOn).thenComparing(DueQuestionnaire::familyName)
                .thenComparing(DueQuestionnaire::parentName));
        return due;
    }

    private String instrumentName(String code) {
        return instruments.find(code).map(InstrumentDefinition::name).orElse(code);
    }
}
