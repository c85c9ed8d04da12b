package org.babysteps.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * One alert with the rules hit and, once acknowledged, who did what. No answers and no item texts.
 *
 * @param escalatesAt    when an alert not yet acknowledged goes to the site's leads (one working day after it was
 *                       raised)
 * @param selfCompleted  true when the parent answered alone through a link, with no practitioner there
 * @param acknowledgedBy the name of the person who acknowledged it, or null
 * @param version        give it back with an {@link Acknowledgement}
 * @param earlierAcknowledgements acknowledgements made before a new rule reopened the alert, oldest first
 */
public record AlertDetail(AlertSummary summary, String instrumentName, boolean selfCompleted, Instant givenAt,
                          List<AlertRuleHit> rules, Instant escalatesAt, String acknowledgedBy, String actionTaken,
                          Referral referral, boolean mayAcknowledge, int version,
                          List<EarlierAcknowledgement> earlierAcknowledgements) {

    public AlertDetail {
        rules = List.copyOf(rules);
        earlierAcknowledgements = List.copyOf(earlierAcknowledgements);
    }
}
