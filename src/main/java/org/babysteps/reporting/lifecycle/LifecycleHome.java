package org.babysteps.reporting.lifecycle;

import java.util.List;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.LicenceCompliance;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.Adaptations;
import org.babysteps.site.FundingStreamSummary;
import org.babysteps.site.FundingStreams;
import org.babysteps.site.FundingWarnings;
import org.babysteps.site.LicenceSummary;
import org.babysteps.site.Licences;
import org.babysteps.site.SteeringGroups;
import org.springframework.stereotype.Service;

/** The licence, compliance, funding and steering group items on home pages, from the site module's public API. */
@Service
public class LifecycleHome {

    private final Licences licences;
    private final LicenceCompliance compliance;
    private final FundingWarnings fundingWarnings;
    private final FundingStreams funding;
    private final SteeringGroups steering;
    private final Adaptations adaptations;

    LifecycleHome(Licences licences, LicenceCompliance compliance, FundingWarnings fundingWarnings,
                  FundingStreams funding, SteeringGroups steering, Adaptations adaptations) {
        this.licences = licences;
        this.compliance = compliance;
        this.fundingWarnings = fundingWarnings;
        this.funding = funding;
        this.steering = steering;
        this.adaptations = adaptations;
    }

    /** For the site's lead. */
    public SiteLifecycleAlerts alertsFor(SiteId site) {
        return new SiteLifecycleAlerts(licences.current(site).orElse(null),
                compliance.forSite(site, ReportingPeriod.lastFullQuarter(UkTime.today())),
                fundingWarnings.warning(site), steering.overdueActions(site),
                adaptations.awaitingDecision(site).size());
    }

    /** For a commissioner: the licence and the streams their organisation pays for (the API limits both). */
    public CommissionedSite commissioned(SiteId site) {
        return new CommissionedSite(licences.current(site).orElse(null), funding.forSite(site));
    }

    /** A site as its commissioner sees it on their home page. */
    public record CommissionedSite(LicenceSummary licence, List<FundingStreamSummary> streams) {

        public CommissionedSite {
            streams = List.copyOf(streams);
        }
    }
}
