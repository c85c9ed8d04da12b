package org.babysteps.outcomes.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.outcomes.RiskHit;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.outcomes.Score;
import org.babysteps.platform.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the risk rules a response's answers fire as {@link RiskAnswersGiven}, in the caller's transaction and
 * each rule once per response. While the questionnaire is in progress only item rules are judged: an answer such as
 * EPDS item 10 or PHQ-9 item 9 must alert at once, but a total prorated from a half-answered questionnaire is not
 * the parent's total, so total rules wait for completion.
 */
@Component
class RiskPublication {

    private final ResponseStore store;
    private final Access access;
    private final ApplicationEventPublisher events;

    RiskPublication(ResponseStore store, Access access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** After answers are saved on a response still in progress. */
    void whileInProgress(ResponseRecord response, Score score) {
        publish(response, rulesToPublish(score, false, response.riskPublished()));
    }

    /** After the response is completed with its final score. */
    void onCompletion(ResponseRecord response, Score score) {
        publish(response, rulesToPublish(score, true, response.riskPublished()));
    }

    /** The rules the score fires that are judged at this stage and were not published for the response before. */
    static List<String> rulesToPublish(Score score, boolean completed, List<String> alreadyPublished) {
        return score.riskHits().stream().map(RiskHit::rule)
                .filter(rule -> completed || rule.kind() == RiskRule.Kind.ITEM_ABOVE)
                .map(RiskRule::code).filter(code -> !alreadyPublished.contains(code)).toList();
    }

    private void publish(ResponseRecord response, List<String> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        List<String> published = new ArrayList<>(response.riskPublished());
        published.addAll(fresh);
        store.markPublished(response.id(), published);
        events.publishEvent(new RiskAnswersGiven(response.id(), response.familyId(), response.siteId(),
                response.instrumentCode(), response.instrumentVersion(), fresh, response.byLink(), Instant.now(),
                response.byLink() ? null : enteringStaff()));
    }

    /** The member of staff saving the answers, when they are someone who works with alerts (not a system job). */
    private UserId enteringStaff() {
        CurrentUser user = access.currentUser();
        return user.has(Role.FACILITATOR) || user.has(Role.SITE_LEAD) ? user.userId() : null;
    }
}
