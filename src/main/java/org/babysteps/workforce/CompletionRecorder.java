package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.UserId;
import org.babysteps.workforce.CourseCompletionPolicy.Outcome;
import org.babysteps.workforce.internal.RunMemberStore;
import org.babysteps.workforce.internal.TrainingPeopleStore;
import org.babysteps.workforce.internal.TrainingRecordStore;
import org.babysteps.workforce.internal.TrainingRecordStore.RecordRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * After a register is saved, works out who has now completed the run and writes their training record (trained
 * facilitator or accredited trainer), in the register's transaction. A corrected register that undoes a
 * completion removes the record it produced, so records never claim more than the registers show.
 */
@Component
class CompletionRecorder {

    private final RunMemberStore members;
    private final TrainingRecordStore records;
    private final TrainingPeopleStore people;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CompletionRecorder(RunMemberStore members, TrainingRecordStore records, TrainingPeopleStore people,
                       AuditLog auditLog, ApplicationEventPublisher events) {
        this.members = members;
        this.records = records;
        this.people = people;
        this.auditLog = auditLog;
        this.events = events;
    }

    void reassess(CourseRunView run, String savedBy) {
        UUID runId = run.id().value();
        CourseDefinition course = run.course();
        Map<Integer, LocalDate> ends = new HashMap<>();
        run.events().forEach(event -> ends.put(event.number(), event.endsOn()));
        Map<UUID, Set<Integer>> presence = members.presence(runId);
        Map<UUID, LocalDate> recorded = records.ofRun(runId);
        for (RunMember trainee : run.trainees()) {
            UUID id = trainee.id().value();
            Outcome outcome = CourseCompletionPolicy.assess(course, ends, presence.getOrDefault(id, Set.of()));
            LocalDate before = recorded.get(id);
            if (outcome.complete() && !outcome.completedOn().equals(before)) {
                records.deleteOfRun(runId, id);
                record(run, trainee, outcome.completedOn(), savedBy);
            } else if (!outcome.complete() && before != null) {
                records.deleteOfRun(runId, id);
                auditLog.record(AuditRecord.of(AuditAction.DELETE, "training-record", id, run.siteId())
                        .withDetail("run " + runId + ": register corrected"));
            }
        }
    }

    private void record(CourseRunView run, RunMember trainee, LocalDate completedOn, String savedBy) {
        CourseDefinition course = run.course();
        LocalDate validUntil = TrainingValidityPolicy.validUntil(completedOn, course.validityMonths());
        records.insert(new RecordRow(trainee.id().value(), course.programmeId().value(), course.kind().name(),
                completedOn, validUntil, course.expiryWarningDays(), run.id().value()), savedBy);
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "training-record", trainee.id(), run.siteId())
                .withDetail(course.kind().outcome() + " on " + completedOn + " by run " + run.id()));
        if (course.kind() == CourseKind.FACILITATOR) {
            UserId user = people.userOf(trainee.id().value()).map(UserId::new).orElse(null);
            events.publishEvent(new PractitionerTrained(trainee.id(), user, course.programmeId(), completedOn, validUntil));
        }
    }
}
