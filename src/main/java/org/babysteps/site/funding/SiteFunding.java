package org.babysteps.site.funding;

import org.babysteps.site.FundingWarning;
import org.babysteps.site.SiteSummary;

/** One line of the licensor's funding overview: a site and how long its delivery is funded. */
public record SiteFunding(SiteSummary site, FundingWarning warning) {
}
