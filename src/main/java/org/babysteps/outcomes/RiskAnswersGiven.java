package org.babysteps.outcomes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;

/**
 * A questionnaire hit one or more of its instrument's risk rules: safeguarding must see it at once. Item rules (e.g.
 * EPDS item 10) are published as soon as the answer is saved, total rules only when the questionnaire is completed;
 * each rule once per response, so one response may publish several of these, and its alert gathers them all.
 * Carries ids and rule codes only, never answers or names; listeners read what they need through the API.
 *
 * @param responseId    the response that hit the rules
 * @param ruleCodes     the risk rules hit, e.g. "self-harm-thoughts", "total-at-threshold"
 * @param selfCompleted true when the parent filled it in alone through a link (no practitioner was with them)
 * @param enteredBy     the member of staff who entered the answers, told of the alert and able to open it even
 *                      when the family has no group place yet; null when the parent answered through a link
 */
public record RiskAnswersGiven(UUID responseId, FamilyId familyId, SiteId siteId, String instrumentCode,
                               int instrumentVersion, List<String> ruleCodes, boolean selfCompleted,
                               Instant givenAt, UserId enteredBy) {

    public RiskAnswersGiven {
        ruleCodes = List.copyOf(ruleCodes);
    }
}
