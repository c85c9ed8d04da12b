package org.babysteps.outcomes.response.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.outcomes.response.ResponseRecord;
import org.babysteps.programme.RespondentRole;

/** The JSON shapes of questionnaire responses: the score as stored, answers only when asked for. */
final class ResponseJson {

    private ResponseJson() {
    }

    /** A response; {@code answers} is null unless the caller asked to include them. */
    record Response(UUID id, UUID participantId, RespondentRole respondentRole, String timePoint,
                    String instrumentCode, int instrumentVersion, String status, boolean byLink, Instant completedAt,
                    Score score, Map<Integer, Integer> answers) {
    }

    record Score(Integer total, String noScoreReason, boolean prorated, List<String> bands,
                 List<String> riskRules) {
    }

    /** A completed response sent by another system: item number to the chosen value. */
    record NewResponse(UUID participantId, RespondentRole respondentRole, String timePoint, String instrumentCode,
                       Map<Integer, Integer> answers) {
    }

    static Response of(ResponseRecord r, boolean withAnswers) {
        Score score = r.score() == null ? null : new Score(r.score().total(), r.score().noScoreReason(),
                r.score().prorated(), r.score().bands(), r.score().riskRuleCodes());
        return new Response(r.id(), r.participantId(), r.role(), r.timePoint(), r.instrumentCode(),
                r.instrumentVersion(), r.status().name(), r.byLink(), r.completedAt(), score,
                withAnswers ? r.answers() : null);
    }
}
