package org.babysteps.family;

import java.util.List;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.internal.BirthPolicy;
import org.babysteps.family.internal.BirthStore;
import org.babysteps.family.internal.DuplicateFinder;
import org.babysteps.family.internal.FamilyMembers;
import org.babysteps.family.internal.FamilyRow;
import org.babysteps.family.internal.FamilyStore;
import org.babysteps.family.internal.JourneyStore;
import org.babysteps.family.internal.Recorder;
import org.babysteps.family.internal.ReferralRules;
import org.babysteps.family.internal.ReferralTidy;
import org.babysteps.family.internal.Today;
import org.babysteps.identity.Access;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.programme.ProgrammeDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referring families, changing their details and recording their babies' births: for the pages, the API and
 * other modules (demo data). Every change is checked against the referral rules, scoped to the caller's sites and
 * audited in the same transaction.
 */
@Service
@Transactional
public class FamilyRegistration {

    private final FamilyStore families;
    private final FamilyMembers members;
    private final JourneyStore journey;
    private final BirthStore births;
    private final DuplicateFinder duplicates;
    private final ReferralRules rules;
    private final Access access;
    private final Recorder recorder;
    private final Today today;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    FamilyRegistration(FamilyStore families, FamilyMembers members, JourneyStore journey, BirthStore births,
                       DuplicateFinder duplicates, ReferralRules rules, Access access, Recorder recorder, Today today,
                       AuditLog auditLog, ApplicationEventPublisher events) {
        this.families = families;
        this.members = members;
        this.journey = journey;
        this.births = births;
        this.duplicates = duplicates;
        this.rules = rules;
        this.access = access;
        this.recorder = recorder;
        this.today = today;
        this.auditLog = auditLog;
        this.events = events;
    }

    /**
     * Refers a family to one of the caller's sites. Refused with {@link FamilyDetailsRejectedException} when the
     * details break a rule, and with {@link PossibleDuplicatesException} when the family looks like one the
     * caller's sites already have, unless the referral confirms it is a different family.
     */
    public FamilyId refer(NewReferral referral) {
        SiteScope scope = access.scope();
        if (referral.siteId() == null || !scope.includes(referral.siteId())) {
            throw new RuleViolationException("siteId", "Select one of your sites");
        }
        ProgrammeDefinition programme = rules.forNewReferrals();
        rules.check(referral.details(), programme);
        ReferralDetails details = ReferralTidy.tidy(referral.details());
        if (!referral.confirmedNotDuplicate()) {
            List<PossibleDuplicate> matches = duplicates.find(details.parents(), scope);
            if (!matches.isEmpty()) {
                auditLog.record(new AuditRecord(AuditAction.SEARCH, "family", null, referral.siteId(),
                        "possible duplicates at referral: " + matches.stream().map(match -> match.familyId().toString())
                                .collect(Collectors.joining(","))));
                throw new PossibleDuplicatesException(matches);
            }
        }
        FamilyId id = FamilyId.random();
        families.insert(id, referral.siteId(), programme.id().value(), programme.version(),
                FamilyMembers.displayName(details), details);
        members.add(id, referral.siteId(), details);
        journey.append(id, referral.siteId(), null, JourneyStage.REFERRED, details.referralDate(), null,
                recorder.id(), recorder.name());
        auditLog.record(new AuditRecord(AuditAction.CREATE, "family", id.toString(), referral.siteId(),
                referral.confirmedNotDuplicate() ? "referred, confirmed not a duplicate" : "referred"));
        events.publishEvent(new FamilyReferred(id, referral.siteId()));
        return id;
    }

    /** Every problem with a referral, without saving anything: lets a form show them all at once. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(ReferralDetails referral) {
        return rules.problems(referral, rules.forNewReferrals());
    }

    /**
     * Saves new details unless someone else saved the family since it was read at {@code version}: then refused
     * with {@link FamilyChangedMeanwhileException}.
     */
    public void update(FamilyId id, int version, ReferralDetails referral) {
        FamilyRow family = families.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
        rules.check(referral, rules.referredUnder(family));
        ReferralDetails details = ReferralTidy.tidy(referral);
        if (!families.update(id, version, FamilyMembers.displayName(details), details)) {
            throw new FamilyChangedMeanwhileException();
        }
        members.replace(id, family.siteId(), details, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "family", id, family.siteId()).withDetail("details changed"));
    }

    /** Records the baby's birth, or corrects it if it was recorded before. */
    public void recordBirth(FamilyId id, BirthDetails birth) {
        FamilyRow family = families.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
        List<FieldProblem> problems = birthProblems(family, birth);
        if (!problems.isEmpty()) {
            throw new FamilyDetailsRejectedException(problems);
        }
        String name = birth.babyName() == null || birth.babyName().isBlank() ? null : birth.babyName().trim();
        boolean corrected = births.save(id, family.siteId(), new BirthDetails(birth.dateOfBirth(), birth.gestationWeeks(),
                birth.gestationDays(), birth.birthWeightGrams(), birth.deliveryMode(), name), recorder.id());
        auditLog.record(new AuditRecord(corrected ? AuditAction.UPDATE : AuditAction.CREATE, "baby", id.toString(),
                family.siteId(), corrected ? "birth corrected" : "birth recorded"));
    }

    /** Every problem with a birth, without saving anything. */
    @Transactional(readOnly = true)
    public List<FieldProblem> birthProblems(FamilyId id, BirthDetails birth) {
        return birthProblems(families.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Family")), birth);
    }

    private List<FieldProblem> birthProblems(FamilyRow family, BirthDetails birth) {
        return new BirthPolicy().problems(birth, family.referralDate(), today.date());
    }
}
