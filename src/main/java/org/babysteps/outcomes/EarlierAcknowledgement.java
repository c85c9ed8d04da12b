package org.babysteps.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * An acknowledgement an alert had before a new risk rule for the same answers reopened it: kept so that what was
 * done before stays on record next to what is done now.
 *
 * @param acknowledgedBy the name of the person who acknowledged it then
 * @param reopenedFor    the rules whose arrival reopened the alert
 */
public record EarlierAcknowledgement(String acknowledgedBy, Instant acknowledgedAt, String actionTaken,
                                     Referral referral, Instant reopenedAt, List<String> reopenedFor) {

    public EarlierAcknowledgement {
        reopenedFor = List.copyOf(reopenedFor);
    }
}
