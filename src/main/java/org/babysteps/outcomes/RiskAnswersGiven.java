package org.babysteps.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/**
 * A completed (or saved) questionnaire hit one or more of its instrument's risk rules: safeguarding must see it at
 * once. Carries ids and rule codes only, never answers or names; listeners read what they need through the API.
 *
 * @param responseId    the response that hit the rules
 * @param ruleCodes     the risk rules hit, e.g. "self-harm-thoughts", "total-at-threshold"
 * @param selfCompleted true when the parent filled it in alone through a link (no practitioner was with them)
 */
public record RiskAnswersGiven(UUID responseId, FamilyId familyId, SiteId siteId, String instrumentCode,
                               int instrumentVersion, List<String> ruleCodes, boolean selfCompleted,
                               Instant givenAt) {

    public RiskAnswersGiven {
        ruleCodes = List.copyOf(ruleCodes);
    }
}
