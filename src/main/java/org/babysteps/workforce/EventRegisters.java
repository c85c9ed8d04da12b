package org.babysteps.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.workforce.internal.CourseRunStore;
import org.babysteps.workforce.internal.RunMemberStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a training event: every trainee, present or absent, saved in one go by a trainer (or the
 * licensor). Saving it works out who has completed the run, in the same transaction, so a register is never
 * saved without its consequences or the other way round.
 */
@Service
@Transactional
public class EventRegisters {

    private final RunViews views;
    private final RunMemberStore members;
    private final CourseRunStore runs;
    private final CompletionRecorder completions;
    private final TrainingCaller caller;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemDefaultZone();

    EventRegisters(RunViews views, RunMemberStore members, CourseRunStore runs, CompletionRecorder completions,
                   TrainingCaller caller, AuditLog auditLog) {
        this.views = views;
        this.members = members;
        this.runs = runs;
        this.completions = completions;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public EventRegister sheet(CourseRunId id, int eventNumber) {
        CourseRunView run = views.visible(id);
        CourseEventView event = run.event(eventNumber).orElseThrow(() -> new NotFoundException("Training event"));
        Map<PractitionerId, Boolean> marks = new HashMap<>();
        members.attendance(id.value(), eventNumber).forEach((p, present) -> marks.put(new PractitionerId(p), present));
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "course-register", id + "/" + eventNumber, run.siteId()));
        return new EventRegister(run, event, marks);
    }

    /**
     * Saves the whole register over whatever is saved now, for callers without a screen to go stale (the API).
     * People use {@link #save(CourseRunId, int, int, Map)}.
     */
    public void save(CourseRunId id, int eventNumber, Map<PractitionerId, Boolean> marks) {
        CourseRunView run = views.manageable(id);
        CourseEventView event = run.event(eventNumber).orElseThrow(() -> new NotFoundException("Training event"));
        save(run, event, event.registerVersion(), marks);
    }

    /**
     * Saves the whole register: every trainee must be marked present or absent. {@code version} is the register
     * version the user's screen was built from; if someone saved it since, nothing is saved and the refusal names
     * them.
     */
    public void save(CourseRunId id, int eventNumber, int version, Map<PractitionerId, Boolean> marks) {
        CourseRunView run = views.manageable(id);
        CourseEventView event = run.event(eventNumber).orElseThrow(() -> new NotFoundException("Training event"));
        save(run, event, version, marks);
    }

    private void save(CourseRunView run, CourseEventView event, int version, Map<PractitionerId, Boolean> marks) {
        CourseRunId id = run.id();
        int eventNumber = event.number();
        if (event.registerVersion() != version) {
            throw staleRegister(id, event);
        }
        if (event.startsOn().isAfter(LocalDate.now(clock))) {
            throw new TrainingRuleException(null, "The register can be saved from the first day of the event, "
                    + TrainingDates.day(event.startsOn()));
        }
        if (run.trainees().isEmpty()) {
            throw new TrainingRuleException(null, "Add the run's trainees before saving a register");
        }
        Map<UUID, Boolean> rows = new HashMap<>();
        for (RunMember trainee : run.trainees()) {
            Boolean present = marks.get(trainee.id());
            if (present == null) {
                throw new TrainingRuleException("attendance-" + trainee.id(), "Select whether " + trainee.name()
                        + " was present or absent");
            }
            rows.put(trainee.id().value(), present);
        }
        if (!runs.markRegisterSaved(id.value(), eventNumber, version, caller.name())) {
            throw staleRegister(id, event);
        }
        members.replaceAttendance(id.value(), eventNumber, rows);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "course-register", id + "/" + eventNumber, run.siteId())
                .withDetail(rows.size() + " trainees"));
        completions.reassess(run, caller.name());
    }

    /** Who saved the register since the caller's screen was built, read afresh. */
    private TrainingRuleException staleRegister(CourseRunId id, CourseEventView seen) {
        CourseEventView now = views.visible(id).event(seen.number()).orElse(seen);
        String when = now.registerSavedAt() == null ? ""
                : " at " + TrainingDates.time(now.registerSavedAt());
        return new TrainingRuleException(null, (now.registerSavedBy() == null ? "Someone" : now.registerSavedBy())
                + " saved this register" + when + ", after you opened it. Nothing you entered was saved:"
                + " check their marks below and save again.");
    }
}
