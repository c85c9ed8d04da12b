package org.babysteps.outcomes.response;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;

/**
 * One questionnaire response as stored.
 *
 * @param answers        item number to the chosen value, answered items only
 * @param linkId         the parent's self-completion link it is answered through; null when staff enter it
 * @param enteredByName  the member of staff who entered it, or "parent by link"
 * @param score          the score stored on completion; null while in progress
 * @param riskPublished  risk rules already published as alerts for this response
 */
public record ResponseRecord(UUID id, FamilyId familyId, SiteId siteId, UUID participantId, RespondentRole role,
                             String programmeId, int programmeVersion, String timePoint, String instrumentCode,
                             int instrumentVersion, ResponseStatus status, Map<Integer, Integer> answers,
                             UUID linkId, String enteredByName, Instant startedAt, Instant completedAt,
                             StoredScore score, java.util.List<String> riskPublished) {

    public ResponseRecord {
        answers = Map.copyOf(answers);
        riskPublished = java.util.List.copyOf(riskPublished);
    }

    public boolean completed() {
        return status == ResponseStatus.COMPLETED;
    }

    public boolean byLink() {
        return linkId != null;
    }

    public Integer answer(int item) {
        return answers.get(item);
    }
}
