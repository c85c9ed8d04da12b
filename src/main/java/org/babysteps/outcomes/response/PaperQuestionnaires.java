package org.babysteps.outcomes.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.InstrumentScoring;
import org.babysteps.outcomes.Instruments;
import org.babysteps.programme.RespondentRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires answered on paper and entered later in one step, dated the day the parent completed them, so the
 * analysis and the due lists see when they were really asked.
 */
@Service
@Transactional
class PaperQuestionnaires {

    private final QuestionnaireResponses responses;
    private final Instruments instruments;

    PaperQuestionnaires(QuestionnaireResponses responses, Instruments instruments) {
        this.responses = responses;
        this.instruments = instruments;
    }

    /** Records the questionnaire as completed on {@code completedOn} (null for today); see {@link CompletionDatePolicy}. */
    ResponseRecord recordCompleted(FamilyId familyId, UUID participantId, RespondentRole role, String timePoint,
                                   String instrumentCode, Map<Integer, Integer> answers, LocalDate completedOn) {
        // checked before anything is stored, so a refused answer or date leaves no response behind
        FamilyContext family = responses.askable(familyId);
        instruments.find(instrumentCode).ifPresent(instrument -> InstrumentScoring.score(instrument, answers));
        CompletionDatePolicy.completedAt(completedOn, family.family().referredOn(), Instant.now());
        ResponseRecord started = responses.start(familyId, participantId, role, timePoint, instrumentCode);
        return responses.complete(familyId, started.id(), answers, completedOn);
    }
}
