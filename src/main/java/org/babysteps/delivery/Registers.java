package org.babysteps.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.AttendanceStore;
import org.babysteps.delivery.internal.CoFacilitationFacts;
import org.babysteps.delivery.internal.EnrolmentStore;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.delivery.internal.SessionStore;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.Participant;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.CoFacilitationCheck;
import org.babysteps.programme.Programmes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's register: every parent and supporter of the enrolled families, saved in one go. Saving it is what
 * makes a session delivered; a save that crossed someone else's is refused and shown, never silently merged.
 */
@Service
@Transactional
public class Registers {

    private final SessionStore sessions;
    private final GroupStore groups;
    private final EnrolmentStore enrolments;
    private final AttendanceStore attendance;
    private final Families families;
    private final Programmes programmes;
    private final CompletionTracker completion;
    private final Access access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock = UkTime.clock();

    Registers(SessionStore sessions, GroupStore groups, EnrolmentStore enrolments, AttendanceStore attendance,
              Families families, Programmes programmes, CompletionTracker completion, Access access,
              AuditLog auditLog, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.groups = groups;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.families = families;
        this.programmes = programmes;
        this.completion = completion;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public RegisterSheet sheet(SessionId id) {
        RegisterSheet sheet = build(id);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "register", id, sheet.session().siteId()));
        return sheet;
    }

    private RegisterSheet build(SessionId id) {
        SessionView session = session(id);
        List<FamilyId> expected = enrolments.ofGroup(session.groupId()).stream()
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED)
                .map(Enrolment::familyId).toList();
        Map<FamilyId, FamilySummary> summaries = families.findAll(expected);
        Map<FamilyId, List<Participant>> people = families.participants(expected);
        Map<UUID, AttendanceStatus> marks = attendance.ofSession(id);
        List<RegisterLine> lines = new ArrayList<>();
        for (FamilyId family : expected) {
            String familyName = summaries.containsKey(family) ? summaries.get(family).displayName() : "";
            for (Participant person : people.getOrDefault(family, List.of())) {
                lines.add(new RegisterLine(person.id(), family, familyName, person.name(), person.role(),
                        marks.get(person.id())));
            }
        }
        return new RegisterSheet(session, lines, coFacilitation(session));
    }

    /** Saves the whole register; {@code version} is the register version the user's screen was built from. */
    public void save(SessionId id, int version, Map<UUID, AttendanceStatus> marks) {
        RegisterSheet sheet = build(id);
        SessionView session = sheet.session();
        if (session.status() == SessionStatus.CANCELLED) {
            throw new DeliveryRuleException(null, "This session was cancelled, so it has no register");
        }
        if (session.plannedDate().isAfter(LocalDate.now(clock))) {
            throw new DeliveryRuleException(null, "The register can be saved on or after the day of the session, "
                    + DeliveryFormats.date(session.plannedDate()));
        }
        if (!sheet.coFacilitationSatisfied()) {
            throw new DeliveryRuleException(null, "This session does not meet the co-facilitation rule ("
                    + String.join("; ", sheet.coFacilitation().problems())
                    + "). A site lead must record an exception before the register can be saved.");
        }
        List<AttendanceStore.Mark> rows = new ArrayList<>();
        List<RegisterLine> unmarked = new ArrayList<>();
        for (RegisterLine line : sheet.lines()) {
            AttendanceStatus status = marks.get(line.participantId());
            if (status == null) {
                unmarked.add(line);
            } else {
                rows.add(new AttendanceStore.Mark(line.participantId(), line.familyId(), status));
            }
        }
        if (!unmarked.isEmpty()) {
            throw new RegisterIncompleteException(unmarked);
        }
        if (!sessions.markRegisterSaved(id, version, access.currentUser().username())) {
            SessionView now = sessions.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Session"));
            throw new RegisterConflictException(attendance.ofSession(id), now.registerSavedBy(), now.registerSavedAt(),
                    now.registerVersion());
        }
        attendance.replace(id, rows);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "register", id, session.siteId())
                .withDetail(rows.size() + " people"));
        if (session.status() == SessionStatus.PLANNED) {
            events.publishEvent(new SessionDelivered(id, session.groupId(), session.siteId(), session.plannedDate()));
        }
        completion.reassessGroup(session.groupId());
    }

    private CoFacilitationCheck coFacilitation(SessionView session) {
        Group group = groups.find(session.groupId(), access.scope()).orElseThrow(() -> new NotFoundException("Group"));
        var rule = programmes.find(group.programmeId(), group.programmeVersion())
                .orElseThrow(() -> new IllegalStateException("Programme not loaded: " + group.programmeId()))
                .coFacilitation();
        return CoFacilitationFacts.check(rule, session);
    }

    private SessionView session(SessionId id) {
        return sessions.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Session"));
    }
}
