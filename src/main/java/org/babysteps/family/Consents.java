package org.babysteps.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.internal.ConsentRecord;
import org.babysteps.family.internal.ConsentStore;
import org.babysteps.family.internal.DisplayDates;
import org.babysteps.family.internal.FamilyRow;
import org.babysteps.family.internal.FamilyStore;
import org.babysteps.family.internal.MemberStore;
import org.babysteps.family.internal.Recorder;
import org.babysteps.family.internal.Today;
import org.babysteps.identity.Access;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.site.Agency;
import org.babysteps.site.Sites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving and withdrawing consent, per purpose and dated. A withdrawal stops that use from its date: it is audited
 * and published as {@link ConsentWithdrawn} so other modules stop at once. Nothing is overwritten: consent given
 * again after a withdrawal is a new record, published as {@link ConsentGiven} like the first.
 */
@Service
@Transactional
public class Consents {

    private final FamilyStore families;
    private final MemberStore members;
    private final ConsentStore consents;
    private final Sites sites;
    private final Access access;
    private final Recorder recorder;
    private final Today today;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    Consents(FamilyStore families, MemberStore members, ConsentStore consents, Sites sites, Access access,
             Recorder recorder, Today today, AuditLog auditLog, ApplicationEventPublisher events) {
        this.families = families;
        this.members = members;
        this.consents = consents;
        this.sites = sites;
        this.access = access;
        this.recorder = recorder;
        this.today = today;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** Records a consent a parent gave; refused with every problem if it does not fit the family. */
    public ConsentId give(FamilyId familyId, NewConsent consent) {
        // locked, so two people recording the same consent at once cannot both succeed
        FamilyRow family = families.lock(familyId, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
        List<FieldProblem> problems = new ArrayList<>();
        if (consent.purpose() == null) {
            problems.add(new FieldProblem("purpose", "Select what the consent is for"));
        } else if (consents.notWithdrawn(familyId, consent.purpose(), access.scope())) {
            problems.add(new FieldProblem("purpose", "Consent to ‘" + consent.purpose().label().toLowerCase()
                    + "’ is already recorded. Withdraw it before recording it again"));
        }
        checkDate(consent.givenOn(), family.referralDate(), "the referral date", "givenOn", "Date consent was given", problems);
        boolean parent = consent.givenByParentId() != null && members.ofFamilies(List.of(familyId), access.scope())
                .stream().anyMatch(member -> member.parent() && member.id().equals(consent.givenByParentId()));
        if (!parent) {
            problems.add(new FieldProblem("givenBy", "Select the parent who gave consent"));
        }
        Set<AgencyId> agencies = partnerAgencies(family, consent, problems);
        if (!problems.isEmpty()) {
            throw new FamilyDetailsRejectedException(problems);
        }
        ConsentId id = ConsentId.random();
        consents.insert(id, familyId, family.siteId(),
                new NewConsent(consent.purpose(), consent.givenOn(), consent.givenByParentId(), agencies),
                recorder.id(), recorder.name());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "consent", id, family.siteId())
                .withDetail("family " + familyId + " gave " + consent.purpose()));
        events.publishEvent(new ConsentGiven(familyId, family.siteId(), consent.purpose(), consent.givenOn()));
        return id;
    }

    /** Withdraws a consent from a date (today or earlier); from that day the family no longer has it. */
    public void withdraw(FamilyId familyId, ConsentId consentId, LocalDate on) {
        FamilyRow family = families.lock(familyId, access.scope()).orElseThrow(() -> new NotFoundException("Family"));
        ConsentRecord consent = consents.find(familyId, consentId, access.scope())
                .orElseThrow(() -> new NotFoundException("Consent"));
        if (consent.withdrawn()) {
            throw new RuleViolationException(null, "This consent was already withdrawn on "
                    + DisplayDates.format(consent.withdrawnOn()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkDate(on, consent.givenOn(), "the date it was given", "withdrawnOn", "Date consent was withdrawn", problems);
        if (!problems.isEmpty()) {
            throw new FamilyDetailsRejectedException(problems);
        }
        consents.withdraw(consentId, on, recorder.id(), recorder.name());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "consent", consentId, family.siteId())
                .withDetail("family " + familyId + " withdrew " + consent.purpose()));
        events.publishEvent(new ConsentWithdrawn(familyId, family.siteId(), consent.purpose(), on));
    }

    /** The partner agencies a sharing consent names: required for sharing, chosen from the site's partnership. */
    private Set<AgencyId> partnerAgencies(FamilyRow family, NewConsent consent, List<FieldProblem> problems) {
        if (consent.purpose() != ConsentPurpose.SHARE_WITH_PARTNERS) {
            return Set.of();
        }
        Set<AgencyId> partners = sites.agenciesOf(family.siteId()).stream().map(Agency::id).collect(Collectors.toSet());
        if (consent.partnerAgencies().isEmpty()) {
            problems.add(new FieldProblem("partnerAgencies", "Select the partner agencies records may be shared with"));
        } else if (!partners.containsAll(consent.partnerAgencies())) {
            problems.add(new FieldProblem("partnerAgencies", "Select agencies from the site's partnership"));
        }
        return consent.partnerAgencies();
    }

    private void checkDate(LocalDate date, LocalDate earliest, String earliestName, String field, String label,
                           List<FieldProblem> problems) {
        if (date == null) {
            problems.add(new FieldProblem(field, "Enter the " + Character.toLowerCase(label.charAt(0)) + label.substring(1)));
        } else if (date.isAfter(today.date())) {
            problems.add(new FieldProblem(field, label + " must be today or in the past"));
        } else if (date.isBefore(earliest)) {
            problems.add(new FieldProblem(field, label + " must be on or after " + earliestName + ", "
                    + DisplayDates.format(earliest)));
        }
    }
}
