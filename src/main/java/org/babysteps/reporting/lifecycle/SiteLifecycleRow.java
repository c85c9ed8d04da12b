package org.babysteps.reporting.lifecycle;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.site.FundingWarningTier;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.LicenceState;

/**
 * One site on the licensor's implementation board. Nullable: {@code licenceState}/{@code licenceEnd} (no licence),
 * {@code fundingEnd} (no secured funding).
 */
public record SiteLifecycleRow(SiteId site, String siteName, ImplementationStage stage, LocalDate stageSince,
                               String timeInStage, LicenceState licenceState, LocalDate licenceEnd,
                               ComplianceStatus compliance, LocalDate fundingEnd, FundingWarningTier fundingTier,
                               List<String> risks) {

    public SiteLifecycleRow {
        risks = List.copyOf(risks);
    }

    public boolean atRisk() {
        return !risks.isEmpty();
    }
}
