package org.babysteps.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;

/** Money for a site's delivery from one commissioner, for a period. */
public record FundingStreamSummary(UUID id, SiteId site, String siteName, AgencyId commissioner,
                                   String commissionerName, String contactName, String contactEmail,
                                   BigDecimal amount, LocalDate startsOn, LocalDate endsOn, String paysFor,
                                   FundingStatus status) {
}
