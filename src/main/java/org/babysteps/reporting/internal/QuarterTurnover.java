package org.babysteps.reporting.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.babysteps.reporting.Quarter;
import org.babysteps.reporting.TurnoverPolicy;
import org.babysteps.workforce.TurnoverCount;

/** Joiners, leavers and turnover of a site's facilitators in a quarter; the current quarter counts to today. */
public record QuarterTurnover(Quarter quarter, TurnoverCount count, Optional<BigDecimal> rate) {

    public String rateText() {
        return TurnoverPolicy.percent(rate);
    }
}
