package org.babysteps.reporting;

import java.util.List;
import org.babysteps.platform.SiteId;

/** Every licence condition of a site's programme judged over a period, and the worst of them. */
public record SiteCompliance(SiteId site, String siteName, ReportingPeriod period, List<ConditionResult> conditions) {

    public SiteCompliance {
        conditions = List.copyOf(conditions);
    }

    public ComplianceStatus overall() {
        return ComplianceStatus.worst(conditions.stream().map(ConditionResult::status).toList());
    }
}
