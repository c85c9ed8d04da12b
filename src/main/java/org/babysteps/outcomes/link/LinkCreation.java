package org.babysteps.outcomes.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.outcomes.response.DueQuestionnaires;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff make a link for one parent and one time point, covering the questionnaires still due for that parent
 * then. Consent to evaluation use is checked first; the token is returned once and only its hash is stored.
 */
@Service
@Transactional
public class LinkCreation {

    private final QuestionnaireResponses responses;
    private final LinkStore store;
    private final Access access;
    private final AuditLog auditLog;
    private final Duration validFor;
    private final Clock clock = Clock.systemUTC();

    LinkCreation(QuestionnaireResponses responses, LinkStore store, Access access, AuditLog auditLog,
                 @Value("${babysteps.questionnaire-link.valid-for:P7D}") Duration validFor) {
        this.responses = responses;
        this.store = store;
        this.access = access;
        this.auditLog = auditLog;
        this.validFor = validFor;
    }

    /** @throws RuleViolationException without consent, for a parent or time point the family lacks, or nothing due */
    public CreatedLink create(FamilyId familyId, UUID participantId, String timePoint) {
        FamilySummary family = responses.summary(familyId);
        if (!responses.mayAsk(familyId)) {
            throw new RuleViolationException("consent", "No link can be made: the family has not given consent (or"
                    + " has withdrawn it) to use their answers in evaluation. Record their consent on the family page first.");
        }
        if (participantId == null) {
            throw new RuleViolationException("participant", "Select the parent to make a link for");
        }
        DueQuestionnaires.AtTimePoint point = responses.due(familyId).stream()
                .filter(at -> at.timePoint().code().equals(timePoint)).findFirst()
                .orElseThrow(() -> new RuleViolationException("timePoint", "Select a time point of the programme"));
        DueQuestionnaires.ParentItems parent = point.parents().stream()
                .filter(items -> items.participantId().equals(participantId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("participant", "Select a parent of this family"));
        List<String> due = parent.items().stream().filter(DueQuestionnaires.Item::due)
                .map(DueQuestionnaires.Item::instrumentName).toList();
        if (due.isEmpty()) {
            throw new RuleViolationException("timePoint", parent.name() + " has no questionnaire left to complete at "
                    + point.timePoint().title().toLowerCase());
        }
        String token = SecretLinkToken.generate();
        Instant now = clock.instant();
        LinkRecord link = new LinkRecord(UUID.randomUUID(), familyId, family.siteId(), participantId,
                firstName(parent.name()), timePoint, now.plus(validFor), null);
        CurrentUser user = access.currentUser();
        store.insert(link, SecretLinkToken.hash(token).orElseThrow(), user.userId().value(), user.displayName());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "questionnaire-link", link.id(), family.siteId())
                .withDetail("for parent " + participantId + " of family " + familyId + " at " + timePoint
                        + ", expires " + link.expiresAt()));
        return new CreatedLink(link.id(), token, link.firstName(), point.timePoint().title(), due, link.expiresAt());
    }

    /** The start page greets the parent by first name only: no more of them than needed travels with the link. */
    static String firstName(String name) {
        String trimmed = name == null ? "" : name.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
