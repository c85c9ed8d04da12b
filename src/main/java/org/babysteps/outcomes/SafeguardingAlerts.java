package org.babysteps.outcomes;

import java.util.List;
import java.util.Map;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.SiteId;

/**
 * Safeguarding alerts raised from risk answers. A site's leads see every alert of their sites; a facilitator sees
 * the alerts of the families in the groups they facilitate or on whose home visits they are named, and of the
 * answers they entered themselves. Everyone else (commissioners, licensor staff, other
 * sites) sees none: an alert they ask for is not found. Every view and change is audited.
 */
public interface SafeguardingAlerts {

    /** Alerts still waiting to be acknowledged (open or escalated) that {@code user} sees, oldest first. */
    List<AlertSummary> openFor(CurrentUser user);

    /** What the alerts page lists: every alert waiting to be acknowledged, then the most recently acknowledged. */
    List<AlertSummary> listFor(CurrentUser user, int acknowledgedLimit);

    /** One alert the signed-in user sees; {@link org.babysteps.platform.NotFoundException} otherwise. */
    AlertDetail find(AlertId id);

    /**
     * Records the action taken. Refused with {@link org.babysteps.platform.RuleViolationException} when the action
     * is missing or too long, or when someone acknowledged the alert meanwhile (a stale version).
     */
    void acknowledge(AlertId id, Acknowledgement acknowledgement);

    /** How many alerts wait for acknowledging at each of the caller's sites: counts only, for licensor dashboards. */
    Map<SiteId, Integer> waitingCounts();
}
