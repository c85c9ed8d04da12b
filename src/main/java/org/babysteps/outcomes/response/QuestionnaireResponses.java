package org.babysteps.outcomes.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentScoring;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.outcomes.Score;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.RespondentRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, answering and completing questionnaires. The family's consent to evaluation use is checked before
 * anything is asked or saved; answers are checked against the instrument before anything is stored; on completion
 * the score is computed and stored with the instrument version. A completed response is final (see
 * {@link #complete}). Risk answers are published as {@link RiskAnswersGiven} in the same transaction, once per rule.
 */
@Service
@Transactional
public class QuestionnaireResponses {

    private final ResponseStore store;
    private final Families families;
    private final Programmes programmes;
    private final Instruments instruments;
    private final Access access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    QuestionnaireResponses(ResponseStore store, Families families, Programmes programmes, Instruments instruments,
                           Access access, AuditLog auditLog, ApplicationEventPublisher events) {
        this.store = store;
        this.families = families;
        this.programmes = programmes;
        this.instruments = instruments;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** What the family is asked at each time point, and what is done; audited as a read of their answers. */
    @Transactional(readOnly = true)
    public List<DueQuestionnaires.AtTimePoint> due(FamilyId familyId) {
        FamilyContext family = family(familyId);
        List<ResponseRecord> responses = ofFamily(familyId);
        return DueQuestionnaires.of(programmes.defaultProgramme(), family.parents(), responses,
                code -> instruments.find(code).map(InstrumentDefinition::name).orElse(code));
    }

    /** The family's name and site for page headings (404 if not visible; audited by the family module). */
    @Transactional(readOnly = true)
    public FamilySummary summary(FamilyId familyId) {
        return families.find(familyId).orElseThrow(() -> new NotFoundException("Family"));
    }

    /** The family's parents, first parent first. */
    @Transactional(readOnly = true)
    public List<Participant> parents(FamilyId familyId) {
        return family(familyId).parents();
    }

    /** Whether questionnaires may be asked of the family now: its consent to evaluation use is current. */
    @Transactional(readOnly = true)
    public boolean mayAsk(FamilyId familyId) {
        return families.hasConsent(familyId, ConsentPurpose.EVALUATION_USE);
    }

    /** The role this parent answers in unless staff choose otherwise. */
    @Transactional(readOnly = true)
    public RespondentRole defaultRole(FamilyId familyId, UUID participantId) {
        FamilyContext family = family(familyId);
        return RespondentRolePolicy.roleOf(family.indexOf(participantId), store.ofFamily(familyId, access.scope())
                .stream().filter(response -> response.participantId().equals(participantId)).toList());
    }

    /**
     * Starts a questionnaire entered by the signed-in member of staff, or carries on with the one they left in
     * progress for the same parent, time point and instrument.
     */
    public ResponseRecord start(FamilyId familyId, UUID participantId, RespondentRole role, String timePoint,
                                String instrumentCode) {
        return start(familyId, participantId, role, timePoint, instrumentCode, staff());
    }

    ResponseRecord start(FamilyId familyId, UUID participantId, RespondentRole role, String timePoint,
                         String instrumentCode, Enterer enterer) {
        FamilyContext family = askable(familyId);
        Participant parent = family.parent(participantId);
        ProgrammeDefinition programme = programmes.defaultProgramme();
        AskedPolicy.check(programme, timePoint, instrumentCode, role, family.couple());
        refuseSecondCompletion(familyId, parent, timePoint, instrumentCode);
        if (enterer.linkId() == null) {
            var open = store.openByStaff(familyId, participantId, timePoint, instrumentCode, access.scope());
            if (open.isPresent()) {
                return open.get();
            }
        }
        InstrumentDefinition instrument = instruments.find(instrumentCode)
                .orElseThrow(() -> new RuleViolationException("instrument", "No instrument ‘" + instrumentCode + "’"));
        ResponseRecord response = new ResponseRecord(UUID.randomUUID(), familyId, family.family().siteId(),
                participantId, role, programme.id().value(), programme.version(), timePoint, instrument.code(),
                instrument.version(), ResponseStatus.IN_PROGRESS, Map.of(), enterer.linkId(), enterer.name(),
                Instant.now(), null, null, List.of());
        store.insert(response, enterer.userId());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "questionnaire-response", response.id(), response.siteId())
                .withDetail(instrument.label() + " at " + timePoint + " for family " + familyId + " by " + enterer.name()));
        return response;
    }

    /**
     * Starts a questionnaire the parent completes themselves through a link (never carried on from staff's own
     * entry). The caller runs as the link's parent, scoped to the family's site.
     */
    public ResponseRecord startByLink(FamilyId familyId, UUID participantId, RespondentRole role, String timePoint,
                                      String instrumentCode, UUID linkId) {
        return start(familyId, participantId, role, timePoint, instrumentCode, Enterer.parentByLink(linkId));
    }

    /** The responses answered through one link, oldest first; audited as a read of the parent's answers. */
    @Transactional(readOnly = true)
    public List<ResponseRecord> ofLink(UUID linkId) {
        List<ResponseRecord> found = store.ofLink(linkId, access.scope());
        found.stream().findFirst().ifPresent(first -> auditLog.record(AuditRecord.of(AuditAction.VIEW,
                "questionnaire-response", null, first.siteId()).withDetail("link " + linkId + ": " + found.size()
                + " responses")));
        return found;
    }

    /** Saves answers so far; out-of-range answers are refused and nothing is saved. */
    public ResponseRecord save(FamilyId familyId, UUID responseId, Map<Integer, Integer> answers) {
        ResponseRecord response = open(familyId, responseId);
        Score score = InstrumentScoring.score(instrumentOf(response), answers);
        store.saveAnswers(responseId, answers);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "questionnaire-response", responseId, response.siteId())
                .withDetail(score.answered() + " answers saved"));
        publishNewRisks(response, score);
        return store.find(familyId, responseId, access.scope()).orElseThrow();
    }

    /**
     * Completes a response with its answers and stores the score with the instrument version. A completed response
     * is final and cannot be amended: it may have raised a safeguarding alert and it is evidence in the pre/post
     * analysis, so its answers must stay as given. A wrong entry is corrected by the licensor in the database, with
     * the audit trail showing it.
     */
    public ResponseRecord complete(FamilyId familyId, UUID responseId, Map<Integer, Integer> answers) {
        return complete(familyId, responseId, answers, null);
    }

    /**
     * Completes a response answered on paper on {@code completedOn} (null for today), checked by
     * {@link CompletionDatePolicy} before anything is saved.
     */
    public ResponseRecord complete(FamilyId familyId, UUID responseId, Map<Integer, Integer> answers,
                                   LocalDate completedOn) {
        ResponseRecord response = open(familyId, responseId);
        Score score = InstrumentScoring.score(instrumentOf(response), answers);
        FamilyContext family = family(familyId);
        Instant completedAt = CompletionDatePolicy.completedAt(completedOn, family.family().referredOn(), Instant.now());
        refuseSecondCompletion(familyId, family.parent(response.participantId()), response.timePoint(),
                response.instrumentCode());
        try {
            store.complete(responseId, answers, StoredScore.of(score), completedAt);
        } catch (DuplicateKeyException raced) {
            throw secondCompletion(family.parent(response.participantId()), response.instrumentCode());
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "questionnaire-response", responseId, response.siteId())
                .withDetail("completed" + (completedOn == null ? "" : " on " + completedOn) + ": "
                        + (score.hasTotal() ? "total " + score.total() : "no total")));
        publishNewRisks(response, score);
        return store.find(familyId, responseId, access.scope()).orElseThrow();
    }

    /** Records a questionnaire answered elsewhere (on paper, another system) as completed, in one step. */
    public ResponseRecord recordCompleted(FamilyId familyId, UUID participantId, RespondentRole role, String timePoint,
                                          String instrumentCode, Map<Integer, Integer> answers) {
        // checked before anything is stored, so a refused answer leaves no response behind
        askable(familyId);
        instruments.find(instrumentCode).ifPresent(instrument -> InstrumentScoring.score(instrument, answers));
        ResponseRecord started = start(familyId, participantId, role, timePoint, instrumentCode, staff());
        return complete(familyId, started.id(), answers);
    }

    /** One response, audited as a read of the parent's answers. */
    @Transactional(readOnly = true)
    public ResponseRecord find(FamilyId familyId, UUID responseId) {
        ResponseRecord response = store.find(familyId, responseId, access.scope())
                .orElseThrow(() -> new NotFoundException("Questionnaire"));
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "questionnaire-response", responseId, response.siteId()));
        return response;
    }

    /** Every response of the family, audited as a read of their answers. */
    @Transactional(readOnly = true)
    public List<ResponseRecord> ofFamily(FamilyId familyId) {
        FamilyContext family = family(familyId);
        List<ResponseRecord> responses = store.ofFamily(familyId, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "questionnaire-response", null, family.family().siteId())
                .withDetail("family " + familyId + ": " + responses.size() + " responses"));
        return responses;
    }

    /** The instrument at the version the response was answered against. */
    public InstrumentDefinition instrumentOf(ResponseRecord response) {
        return instruments.find(response.instrumentCode(), response.instrumentVersion())
                .orElseThrow(() -> new IllegalStateException("Instrument " + response.instrumentCode() + " v"
                        + response.instrumentVersion() + " is no longer loaded"));
    }

    /** The family (404 if not visible), after checking its consent to evaluation use. */
    FamilyContext askable(FamilyId familyId) {
        FamilyContext family = family(familyId);
        families.requireConsent(familyId, ConsentPurpose.EVALUATION_USE);
        return family;
    }

    private FamilyContext family(FamilyId familyId) {
        var summary = families.find(familyId).orElseThrow(() -> new NotFoundException("Family"));
        List<Participant> parents = families.participants(List.of(familyId)).getOrDefault(familyId, List.of())
                .stream().filter(participant -> participant.role() == ParticipantRole.PARENT).toList();
        return new FamilyContext(summary, parents);
    }

    private ResponseRecord open(FamilyId familyId, UUID responseId) {
        askable(familyId);
        ResponseRecord response = store.lock(familyId, responseId, access.scope())
                .orElseThrow(() -> new NotFoundException("Questionnaire"));
        if (response.completed()) {
            throw new RuleViolationException(null, "This questionnaire is already completed; completed answers "
                    + "cannot be changed");
        }
        return response;
    }

    private void refuseSecondCompletion(FamilyId familyId, Participant parent, String timePoint, String instrument) {
        if (store.completed(familyId, parent.id(), timePoint, instrument, access.scope()).isPresent()) {
            throw secondCompletion(parent, instrument);
        }
    }

    private static RuleViolationException secondCompletion(Participant parent, String instrument) {
        return new RuleViolationException("instrument", parent.name() + " has already completed ‘" + instrument
                + "’ at this time point; a completed questionnaire is final");
    }

    /** Publishes the rules these answers fire that were not published for the response before. */
    private void publishNewRisks(ResponseRecord response, Score score) {
        List<String> fresh = score.riskHits().stream().map(hit -> hit.rule().code())
                .filter(code -> !response.riskPublished().contains(code)).toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<String> published = new ArrayList<>(response.riskPublished());
        published.addAll(fresh);
        store.markPublished(response.id(), published);
        events.publishEvent(new RiskAnswersGiven(response.id(), response.familyId(), response.siteId(),
                response.instrumentCode(), response.instrumentVersion(), fresh, response.byLink(), Instant.now()));
    }

    private Enterer staff() {
        CurrentUser user = access.currentUser();
        return new Enterer(user.userId().value(), user.displayName(), null);
    }
}
