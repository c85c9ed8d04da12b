package org.babysteps.outcomes.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.babysteps.outcomes.Questionnaires;
import org.babysteps.outcomes.ResponseSummary;
import org.babysteps.programme.RespondentRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Questionnaires} for other modules, over {@link QuestionnaireResponses}. */
@Service
@Transactional
class ScopedQuestionnaires implements Questionnaires {

    private final QuestionnaireResponses responses;
    private final PaperQuestionnaires paper;
    private final ResponseStore store;
    private final Access access;
    private final AuditLog auditLog;

    ScopedQuestionnaires(QuestionnaireResponses responses, PaperQuestionnaires paper, ResponseStore store, Access access,
                         AuditLog auditLog) {
        this.responses = responses;
        this.paper = paper;
        this.store = store;
        this.access = access;
        this.auditLog = auditLog;
    }

    @Override
    public ResponseSummary recordCompleted(FamilyId family, UUID participantId, RespondentRole role, String timePoint,
                                           String instrumentCode, Map<Integer, Integer> answers) {
        return summary(responses.recordCompleted(family, participantId, role, timePoint, instrumentCode, answers));
    }

    @Override
    public ResponseSummary recordCompletedOnPaper(FamilyId family, UUID participantId, RespondentRole role,
                                                  String timePoint, String instrumentCode,
                                                  Map<Integer, Integer> answers, LocalDate completedOn) {
        return summary(paper.recordCompleted(family, participantId, role, timePoint, instrumentCode, answers,
                completedOn));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResponseSummary> find(UUID responseId) {
        Optional<ResponseRecord> found = store.find(responseId, access.scope());
        found.ifPresent(response -> auditLog.record(AuditRecord.of(AuditAction.VIEW, "questionnaire-response",
                responseId, response.siteId()).withDetail("score")));
        return found.map(ScopedQuestionnaires::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResponseSummary> ofFamily(FamilyId family) {
        return responses.ofFamily(family).stream().map(ScopedQuestionnaires::summary).toList();
    }

    static ResponseSummary summary(ResponseRecord response) {
        StoredScore score = response.score();
        return new ResponseSummary(response.id(), response.familyId(), response.siteId(), response.participantId(),
                response.role(), response.timePoint(), response.instrumentCode(), response.instrumentVersion(),
                response.completed(), response.byLink(), score == null ? null : score.total(),
                score != null && score.prorated(), score == null ? List.of() : score.bands(),
                score == null ? List.of() : score.riskRuleCodes());
    }
}
