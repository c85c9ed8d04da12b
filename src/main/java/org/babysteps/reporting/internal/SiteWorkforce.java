package org.babysteps.reporting.internal;

import java.util.List;
import org.babysteps.site.SiteSummary;
import org.babysteps.workforce.CapacityFacilitator;
import org.babysteps.workforce.SupervisionCompliance;

/** A site's workforce page: facilitators in post, turnover by quarter, capacity ahead and supervision. */
public record SiteWorkforce(SiteSummary site, List<CapacityFacilitator> inPost, List<QuarterTurnover> turnover,
                            List<QuarterCapacity> capacity, List<SupervisionCompliance> supervision) {

    public long trained(String agencyType) {
        return inPost.stream().filter(f -> f.trained() && f.agencyType().equals(agencyType)).count();
    }

    public long overdueSupervision() {
        return supervision.stream().filter(SupervisionCompliance::overdue).count();
    }
}
