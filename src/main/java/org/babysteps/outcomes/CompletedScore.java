package org.babysteps.outcomes;

import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;

/**
 * One completed questionnaire's total, as the analysis reads it: who (family, parent and their role), where, when
 * it was asked (time point) and completed, and which instrument version scored it. No answers, no names.
 */
public record CompletedScore(UUID responseId, FamilyId family, UUID participantId, SiteId site, RespondentRole role,
                             String timePoint, String instrumentCode, int instrumentVersion, int total,
                             LocalDate completedOn) {
}
