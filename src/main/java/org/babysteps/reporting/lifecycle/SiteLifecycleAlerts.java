package org.babysteps.reporting.lifecycle;

import java.util.List;
import org.babysteps.reporting.SiteCompliance;
import org.babysteps.site.FundingWarning;
import org.babysteps.site.LicenceSummary;
import org.babysteps.site.SteeringActionSummary;

/**
 * What a site lead should act on about their site's licence and its future: the licence (null when none),
 * compliance last quarter, the funding warning, overdue steering group actions and adaptation requests waiting.
 */
public record SiteLifecycleAlerts(LicenceSummary licence, SiteCompliance compliance, FundingWarning funding,
                                  List<SteeringActionSummary> overdueActions, int adaptationsAwaitingDecision) {

    public SiteLifecycleAlerts {
        overdueActions = List.copyOf(overdueActions);
    }

    /** The licence needs the lead's attention: renewal due, suspended, expired or ended. */
    public boolean licenceNeedsAttention() {
        return licence != null && switch (licence.state()) {
            case RENEWAL_DUE, SUSPENDED, EXPIRED, ENDED -> true;
            default -> false;
        };
    }
}
