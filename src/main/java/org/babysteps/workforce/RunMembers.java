package org.babysteps.workforce;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.workforce.EventOverlapPolicy.DatedEvent;
import org.babysteps.workforce.internal.RunMemberStore;
import org.babysteps.workforce.internal.TrainingPeopleStore;
import org.babysteps.workforce.internal.TrainingPeopleStore.Person;
import org.babysteps.workforce.internal.TrainingRecordStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers and trainees of a run. Trainers hold a valid accreditation; trainees work at the run's site (any site
 * for a national run), fit in the course's places, and are not at another training event on the same days.
 */
@Service
@Transactional
public class RunMembers {

    private final RunMemberStore members;
    private final RunViews views;
    private final TrainingPeopleStore people;
    private final TrainingRecords records;
    private final Courses courses;
    private final TrainingRecordStore recordStore;
    private final TrainingCaller caller;
    private final AuditLog auditLog;

    RunMembers(RunMemberStore members, RunViews views, TrainingPeopleStore people, TrainingRecords records,
               Courses courses, TrainingRecordStore recordStore, TrainingCaller caller, AuditLog auditLog) {
        this.members = members;
        this.recordStore = recordStore;
        this.views = views;
        this.people = people;
        this.records = records;
        this.courses = courses;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    public void addTrainer(CourseRunId id, PractitionerId trainer) {
        addTrainerTo(views.manageable(id), trainer);
    }

    /** Also used by planning, before the planner (who becomes its trainer) can see the new run. */
    void addTrainerTo(CourseRunView run, PractitionerId trainer) {
        CourseRunId id = run.id();
        Person person = person(trainer, "trainerId", "Select a trainer");
        if (!records.accreditation(trainer, run.course().programmeId(), run.firstDay()).state().valid()) {
            throw new TrainingRuleException("trainerId", person.name() + " is not an accredited trainer on "
                    + TrainingDates.day(run.firstDay()) + ", the first day of this run");
        }
        if (members.isTrainer(id.value(), trainer.value()) || members.isTrainee(id.value(), trainer.value())) {
            throw new TrainingRuleException("trainerId", person.name() + " is already on this run");
        }
        checkFree(run, person);
        members.addTrainer(id.value(), trainer.value());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "course-run", id, run.siteId()).withDetail("trainer added"));
    }

    public void addTrainee(CourseRunId id, PractitionerId trainee) {
        CourseRunView run = views.manageable(id);
        Person person = person(trainee, "traineeId", "Select a trainee");
        if (members.isTrainee(id.value(), trainee.value()) || members.isTrainer(id.value(), trainee.value())) {
            throw new TrainingRuleException("traineeId", person.name() + " is already on this run");
        }
        if (run.siteId() != null && !people.worksAt(trainee.value(), run.siteId().value())) {
            throw new TrainingRuleException("traineeId", person.name() + " does not work at this run's site");
        }
        if (person.leftOn() != null && !person.leftOn().isAfter(run.firstDay())) {
            throw new TrainingRuleException("traineeId", person.name() + " has left by the first day of this run");
        }
        if (run.course().requiresTrainedFacilitator() && !records.status(trainee, run.course().programmeId(),
                run.firstDay()).state().valid()) {
            throw new TrainingRuleException("traineeId", person.name() + " must be a trained facilitator, with training"
                    + " valid on " + TrainingDates.day(run.firstDay()) + ", to train as a trainer");
        }
        int trainees = members.lockAndCountTrainees(id.value());
        if (!CourseCapacityPolicy.hasRoom(trainees, 1, run.course().maxTrainees())) {
            throw new TrainingRuleException("traineeId", CourseCapacityPolicy.fullMessage(run.course(), trainees));
        }
        checkFree(run, person);
        members.addTrainee(id.value(), trainee.value());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "course-run", id, run.siteId()).withDetail("trainee added"));
    }

    /**
     * Takes a trainee off a run, with their register marks and feedback, as long as they have not completed it: a
     * completion made a training record, which stands.
     */
    public void removeTrainee(CourseRunId id, PractitionerId trainee) {
        CourseRunView run = views.manageable(id);
        RunMember member = run.trainees().stream().filter(t -> t.id().equals(trainee)).findFirst()
                .orElseThrow(() -> new NotFoundException("Trainee"));
        members.lockAndCountTrainees(id.value());
        RunChangePolicy.checkRemoval(member.name(), recordStore.ofRun(id.value()).get(trainee.value()));
        if (!members.removeTrainee(id.value(), trainee.value())) {
            throw new NotFoundException("Trainee");
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "course-run", id, run.siteId())
                .withDetail("trainee removed: " + trainee));
    }

    /** Practitioners who could join a run: in post at its site (any of the caller's sites for a national run). */
    @Transactional(readOnly = true)
    public List<RunMember> candidates(CourseRunId id) {
        CourseRunView run = views.manageable(id);
        Set<PractitionerId> on = run.trainees().stream().map(RunMember::id).collect(Collectors.toSet());
        run.trainers().forEach(t -> on.add(t.id()));
        List<RunMember> candidates = people.inPost(run.siteId() == null ? null : run.siteId().value(), caller.scope(),
                        run.firstDay()).stream()
                .map(p -> new RunMember(new PractitionerId(p.id()), p.name(), false, p.leftOn()))
                .filter(p -> !on.contains(p.id())).toList();
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "course-run-candidates", id, run.siteId()));
        return candidates;
    }

    private Person person(PractitionerId id, String field, String message) {
        return people.find(id.value(), caller.scope()).orElseThrow(() -> new TrainingRuleException(field, message));
    }

    private void checkFree(CourseRunView run, Person person) {
        List<DatedEvent> joining = run.events().stream()
                .map(e -> new DatedEvent("event " + e.number(), e.startsOn(), e.endsOn())).toList();
        List<DatedEvent> diary = members.committedEvents(person.id(), run.id().value()).stream()
                .map(e -> new DatedEvent(courseTitle(e.courseCode(), e.courseVersion()) + " event " + e.number(),
                        e.startsOn(), e.endsOn())).toList();
        EventOverlapPolicy.firstClash(joining, diary).ifPresent(clash -> {
            throw new TrainingRuleException(null, person.name() + " is at " + clash.existing().name() + " ("
                    + TrainingDates.range(clash.existing().startsOn(), clash.existing().endsOn())
                    + "), which overlaps " + clash.joining().name() + " of this run ("
                    + TrainingDates.range(clash.joining().startsOn(), clash.joining().endsOn()) + ")");
        });
    }

    private String courseTitle(String code, int version) {
        return courses.find(code, version).map(CourseDefinition::title).orElse(code);
    }
}
