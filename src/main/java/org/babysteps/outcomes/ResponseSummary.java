package org.babysteps.outcomes;

import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;

/**
 * A questionnaire response as other modules see it: who answered what, when in the programme, and its stored score
 * (no answers).
 *
 * @param participantId  the parent who answered (a family member id)
 * @param total          the stored total; null while in progress or when too many items were missing
 * @param bands          meanings of the cut-off bands the total fell in
 * @param riskRuleCodes  risk rules the answers fired
 * @param byLink         answered by the parent alone through a self-completion link
 */
public record ResponseSummary(UUID id, FamilyId familyId, SiteId siteId, UUID participantId, RespondentRole role,
                              String timePoint, String instrumentCode, int instrumentVersion, boolean completed,
                              boolean byLink, Integer total, boolean prorated, List<String> bands,
                              List<String> riskRuleCodes) {

    public ResponseSummary {
        bands = List.copyOf(bands);
        riskRuleCodes = List.copyOf(riskRuleCodes);
    }
}
