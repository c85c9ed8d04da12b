package org.babysteps.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.internal.ConsentStore;
import org.babysteps.family.internal.DisplayDates;
import org.babysteps.family.internal.FamilyRow;
import org.babysteps.family.internal.FamilyStore;
import org.babysteps.family.internal.JourneyPolicy;
import org.babysteps.family.internal.JourneyStore;
import org.babysteps.family.internal.Recorder;
import org.babysteps.family.internal.Today;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving families along their journey: the steps staff record (contacted, closing with a reason, a site lead
 * reopening) and the stages delivery's records reach. Each step is dated, kept in the history with who recorded
 * it, and audited. The family's row is locked while its stage changes, so concurrent steps cannot interleave.
 */
@Service
@Transactional
public class FamilyJourney {

    private static final Logger log = LoggerFactory.getLogger(FamilyJourney.class);
    private static final int LONGEST_REASON = 500;

    private final FamilyStore families;
    private final JourneyStore journey;
    private final ConsentStore consents;
    private final Access access;
    private final Recorder recorder;
    private final Today today;
    private final AuditLog auditLog;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JourneyPolicy policy = new JourneyPolicy();

    FamilyJourney(FamilyStore families, JourneyStore journey, ConsentStore consents, Access access, Recorder recorder,
                  Today today, AuditLog auditLog, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.families = families;
        this.journey = journey;
        this.consents = consents;
        this.access = access;
        this.recorder = recorder;
        this.today = today;
        this.auditLog = auditLog;
    }

    /** The steps the caller may record by hand for a family at this stage. */
    @Transactional(readOnly = true)
    public List<JourneyStage> stepsAllowedFrom(JourneyStage current) {
        return policy.manualSteps(current, recorder.siteLead());
    }

    /** Records a step by hand; refused with every problem if the step, its date or its reason do not fit. */
    public void record(FamilyId id, JourneyStep step) {
        FamilyRow family = locked(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (step.stage() == null) {
            problems.add(new FieldProblem("stage", "Select the step to record"));
        } else if (!policy.allowsManualStep(family.stage(), step.stage(), recorder.siteLead())) {
            problems.add(new FieldProblem("stage", "You cannot record ‘" + step.stage().label().toLowerCase()
                    + "’ for a family that is ‘" + family.stage().label().toLowerCase() + "’"));
        }
        checkDate(step.on(), family, problems);
        String reason = step.reason() == null || step.reason().isBlank() ? null : step.reason().trim();
        if (step.stage() != null && policy.needsReason(step.stage()) && reason == null) {
            problems.add(new FieldProblem("reason", "Enter the reason"));
        } else if (reason != null && reason.length() > LONGEST_REASON) {
            problems.add(new FieldProblem("reason", "Reason must be 500 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new FamilyDetailsRejectedException(problems);
        }
        move(family, step.stage(), step.on(), reason);
        if (step.stage().closed() && step.stage() != JourneyStage.COMPLETED) {
            events.publishEvent(new FamilyLeftProgramme(id, family.siteId(), step.stage(), step.on()));
        }
    }

    /**
     * Moves a family to a stage delivery's records reach, if that is forwards from where it is and it is not
     * closed; otherwise leaves it where it is. Enrolment needs the family's consent to take part.
     */
    public void reach(FamilyId id, JourneyStage stage, LocalDate on) {
        FamilyRow family = locked(id);
        JourneyPolicy.Outcome outcome = policy.reach(family.stage(), stage);
        if (outcome != JourneyPolicy.Outcome.MOVE) {
            log.debug("Family {} stays {} rather than {}: {}", id, family.stage(), stage, outcome);
            return;
        }
        LocalDate day = on == null ? today.date() : on;
        if (stage == JourneyStage.ENROLLED && !consents.current(id, ConsentPurpose.TAKE_PART, day, access.scope())) {
            throw new ConsentRequiredException(ConsentPurpose.TAKE_PART);
        }
        move(family, stage, day, null);
    }

    private FamilyRow locked(FamilyId id) {
        return families.lock(id, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
    }

    private void move(FamilyRow family, JourneyStage stage, LocalDate on, String reason) {
        families.moveTo(family.id(), stage, on);
        journey.append(family.id(), family.siteId(), family.stage(), stage, on, reason, recorder.id(), recorder.name());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "family", family.id(), family.siteId())
                .withDetail("journey " + family.stage() + " -> " + stage));
    }

    private void checkDate(LocalDate on, FamilyRow family, List<FieldProblem> problems) {
        if (on == null) {
            problems.add(new FieldProblem("on", "Enter the date"));
        } else if (on.isAfter(today.date())) {
            problems.add(new FieldProblem("on", "Date must be today or in the past"));
        } else if (on.isBefore(family.referralDate())) {
            problems.add(new FieldProblem("on", "Date must be on or after the referral date, "
                    + DisplayDates.format(family.referralDate())));
        }
    }
}
