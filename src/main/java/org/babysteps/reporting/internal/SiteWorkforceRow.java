package org.babysteps.reporting.internal;

import java.util.List;
import org.babysteps.site.SiteSummary;

/** One site in the licensor's workforce table. */
public record SiteWorkforceRow(SiteSummary site, long trainedHealth, long trainedChildrensServices,
                               QuarterTurnover lastTwelveMonths, List<QuarterCapacity> shortfalls,
                               long overdueSupervision) {
}
