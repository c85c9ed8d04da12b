package org.babysteps.site;

import java.time.LocalDate;

/**
 * When a site's continuous secured funding ends, how urgent that is, and a sentence saying so, e.g. "Secured
 * funding ends on 31 March 2027, in 4 months". {@code endsOn} is null when no secured funding is recorded.
 */
public record FundingWarning(FundingWarningTier tier, LocalDate endsOn, String sentence) {

    /** Whether pages should show it as a warning. */
    public boolean warns() {
        return tier != FundingWarningTier.NONE;
    }
}
