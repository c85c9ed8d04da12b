package org.babysteps.workforce;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.TrainingValidityPolicy.Completion;
import org.babysteps.workforce.internal.LineageStore;
import org.babysteps.workforce.internal.TrainingPeopleStore;
import org.babysteps.workforce.internal.TrainingRecordStore;
import org.babysteps.workforce.internal.TrainingRecordStore.RecordRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is trained and accredited, until when, and the train-the-trainer lineage. Reads are limited to
 * practitioners at the caller's sites (licensor staff: all); someone outside reads as not trained.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecords {

    private final TrainingRecordStore records;
    private final LineageStore lineage;
    private final TrainingPeopleStore people;
    private final TrainingCaller caller;
    private final AuditLog auditLog;

    TrainingRecords(TrainingRecordStore records, LineageStore lineage, TrainingPeopleStore people, TrainingCaller caller,
                    AuditLog auditLog) {
        this.records = records;
        this.lineage = lineage;
        this.people = people;
        this.caller = caller;
        this.auditLog = auditLog;
    }

    /** Facilitator training in a programme on a day: trained, refresher due soon, expired or not trained. */
    public TrainingStatus status(PractitionerId id, ProgrammeId programme, LocalDate on) {
        return of(id, programme, CourseKind.FACILITATOR, on);
    }

    /** Trainer accreditation in a programme on a day, in the same terms. */
    public TrainingStatus accreditation(PractitionerId id, ProgrammeId programme, LocalDate on) {
        return of(id, programme, CourseKind.TRAINER, on);
    }

    private TrainingStatus of(PractitionerId id, ProgrammeId programme, CourseKind kind, LocalDate on) {
        List<Completion> completions = records.of(id.value(), programme.value(), kind.name(), caller.scope()).stream()
                .map(r -> new Completion(r.completedOn(), r.validUntil(), r.warningDays())).toList();
        return TrainingValidityPolicy.status(completions, on);
    }

    /**
     * Accredits a member of the licensor's own training team directly, without a train-the-trainer run: the root
     * of every lineage. Licensor staff only.
     */
    @Transactional
    public void accredit(PractitionerId trainer, ProgrammeId programme, LocalDate from, int validityMonths,
                         int warningDays) {
        caller.requireLicensor();
        people.find(trainer.value(), caller.scope()).orElseThrow(() -> new NotFoundException("Practitioner"));
        if (validityMonths < 1 || validityMonths > 120) {
            throw new TrainingRuleException("validityMonths", "Accreditation must last between 1 and 120 months");
        }
        records.insert(new RecordRow(trainer.value(), programme.value(), CourseKind.TRAINER.name(), from,
                TrainingValidityPolicy.validUntil(from, validityMonths), warningDays, null), caller.name());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "trainer-accreditation", trainer, null)
                .withDetail(programme + " from " + from));
    }

    /** Every trainer of a programme with their accreditation and lineage counts, for the licensor. */
    public List<TrainerLineage> trainers(ProgrammeId programme, LocalDate on) {
        caller.requireLicensor();
        List<TrainerLineage> trainers = lineage.trainers(programme.value()).stream().map(row -> new TrainerLineage(
                new PractitionerId(row.practitionerId()), row.name(),
                row.accreditedUntil() == null ? TrainingStatus.notTrained()
                        : new TrainingStatus(TrainingValidityPolicy.state(row.accreditedUntil(), row.warningDays(), on),
                        row.accreditedOn(), row.accreditedUntil()),
                row.accreditedThrough() == null ? null : new CourseRunId(row.accreditedThrough()), row.accreditedBy(),
                row.runs(), row.facilitatorsTrained(), row.trainersTrained())).toList();
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "trainers", programme, null));
        return trainers;
    }

    /**
     * The facilitators a trainer trained in a programme: the lineage other modules (reporting) join with delivery
     * to count how many went on to deliver groups. Licensor staff only.
     */
    public List<PractitionerId> facilitatorsTrainedBy(PractitionerId trainer, ProgrammeId programme) {
        caller.requireLicensor();
        return lineage.facilitatorsTrainedBy(trainer.value(), programme.value()).stream().map(PractitionerId::new).toList();
    }
}
