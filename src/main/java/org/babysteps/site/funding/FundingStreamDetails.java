package org.babysteps.site.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.babysteps.platform.AgencyId;
import org.babysteps.site.FundingStatus;

/**
 * What a site lead enters for a funding stream. The commissioner is either an existing commissioning body
 * ({@code commissionerId}) or the name of a new one ({@code newCommissionerName}), which is then recorded.
 */
public record FundingStreamDetails(AgencyId commissionerId, String newCommissionerName, String contactName,
                                   String contactEmail, BigDecimal amount, LocalDate startsOn, LocalDate endsOn,
                                   String paysFor, FundingStatus status) {

    public boolean namesNewCommissioner() {
        return newCommissionerName != null && !newCommissionerName.isBlank();
    }
}
