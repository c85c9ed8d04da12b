package org.babysteps.reporting.evaluation;

import java.util.List;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.FundingStreamSummary;

/**
 * Whether a commissioner's organisation funds a site for a report's period: one of its streams there (already
 * limited to their own organisation) overlaps the period and is money agreed, not a bid. An ended stream still
 * counts for the period it paid for.
 */
final class FundedPeriods {

    private FundedPeriods() {
    }

    static boolean covers(List<FundingStreamSummary> ownStreams, ReportingPeriod period) {
        return ownStreams.stream().anyMatch(stream -> stream.status() != FundingStatus.BID_SUBMITTED
                && !stream.startsOn().isAfter(period.to()) && !stream.endsOn().isBefore(period.from()));
    }

    /** Funds the site at all: some agreed money, whenever. */
    static boolean fundsSite(List<FundingStreamSummary> ownStreams) {
        return ownStreams.stream().anyMatch(stream -> stream.status() != FundingStatus.BID_SUBMITTED);
    }
}
