package org.babysteps.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whether a family's pregnancy fits a group, from the expected date of delivery (EDD). Gestation at a date is
 * 40 weeks minus the time from that date to the EDD; it fits when its completed weeks at the group's first
 * session are within the programme's range, both ends included (so "32 weeks" runs from 32+0 to 32+6).
 */
public final class EddFitPolicy {

    private static final int FULL_TERM_DAYS = 40 * 7;

    private final GroupRules rules;

    public EddFitPolicy(GroupRules rules) {
        this.rules = Objects.requireNonNull(rules, "group rules");
    }

    public EddFit assess(LocalDate expectedDeliveryDate, LocalDate groupFirstSession) {
        Objects.requireNonNull(expectedDeliveryDate, "expected date of delivery");
        Objects.requireNonNull(groupFirstSession, "group's first session");
        long days = FULL_TERM_DAYS - ChronoUnit.DAYS.between(groupFirstSession, expectedDeliveryDate);
        int weeks = (int) Math.floorDiv(days, 7);
        int extraDays = (int) Math.floorMod(days, 7);
        int min = rules.minGestationWeeksAtStart();
        int max = rules.maxGestationWeeksAtStart();
        String needs = "(needs " + min + " to " + max + ")";
        if (groupFirstSession.isAfter(expectedDeliveryDate)) {
            return new EddFit(false, weeks, extraDays, "Too late: the baby is due before the first session " + needs);
        }
        if (days < 0) {
            return new EddFit(false, weeks, extraDays,
                    "Too early: the baby is due more than 40 weeks after the first session " + needs);
        }
        String pregnant = weeks(weeks) + " pregnant at the first session";
        if (weeks < min) {
            return new EddFit(false, weeks, extraDays, "Too early: " + pregnant + " " + needs);
        }
        if (weeks > max) {
            return new EddFit(false, weeks, extraDays, "Too late: " + pregnant + " " + needs);
        }
        return new EddFit(true, weeks, extraDays, pregnant + ": fits (" + min + " to " + max + " weeks)");
    }

    private static String weeks(int weeks) {
        return weeks == 1 ? "1 week" : weeks + " weeks";
    }
}
