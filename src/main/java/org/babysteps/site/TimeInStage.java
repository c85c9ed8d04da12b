package org.babysteps.site;

import java.time.LocalDate;
import java.time.Period;

/** How long a site has been in a stage, in words a person reads at a glance: "12 days", "1 year 3 months". */
public final class TimeInStage {

    private TimeInStage() {
    }

    public static String inWords(LocalDate since, LocalDate until) {
        if (!since.isBefore(until)) {
            return "Less than a day";
        }
        Period period = Period.between(since, until);
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return count(period.getDays(), "day");
        }
        if (period.getYears() == 0) {
            return count(period.getMonths(), "month");
        }
        String years = count(period.getYears(), "year");
        return period.getMonths() == 0 ? years : years + " " + count(period.getMonths(), "month");
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
