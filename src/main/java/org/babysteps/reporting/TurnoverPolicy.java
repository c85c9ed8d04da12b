package org.babysteps.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Staff turnover in a period: leavers divided by the average of the headcount on its first and last day. With
 * nobody in post at either end there is no rate to give (not zero, which would look like stability).
 */
public final class TurnoverPolicy {

    private TurnoverPolicy() {
    }

    /** The rate as a fraction (0.25 is 25%), or empty when the average headcount is zero. */
    public static Optional<BigDecimal> rate(int leavers, int headcountAtStart, int headcountAtEnd) {
        if (leavers < 0 || headcountAtStart < 0 || headcountAtEnd < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
        int twiceAverage = headcountAtStart + headcountAtEnd;
        if (twiceAverage == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(2L * leavers).divide(BigDecimal.valueOf(twiceAverage), 4, RoundingMode.HALF_UP));
    }

    /** "25%", or "No staff" when there is no rate. */
    public static String percent(Optional<BigDecimal> rate) {
        return rate.map(r -> r.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%").orElse("No staff");
    }
}
