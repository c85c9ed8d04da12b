package org.babysteps.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.babysteps.workforce.CapacityAllowances;
import org.babysteps.workforce.CapacityFacilitator;

/**
 * Can a site staff its planned group sessions in a period with valid pairs? Every session needs one trained
 * health and one trained children's services facilitator for its length plus preparation; each side's trained
 * facilitators give their protected hours for each working day they are in post and not on leave. A gap on
 * either side is a shortfall, and the training need is how many new facilitators, bringing the usual protected
 * hours, would close it. Voluntary sector facilitators count for neither side of the pair.
 */
public final class CapacityPolicy {

    static final String HEALTH = "HEALTH";
    static final String CHILDRENS_SERVICES = "CHILDRENS_SERVICES";
    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(5);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final CapacityAllowances allowances;

    public CapacityPolicy(CapacityAllowances allowances) {
        this.allowances = Objects.requireNonNull(allowances, "capacity allowances");
    }

    /**
     * @param sessions        group sessions planned in the period
     * @param sessionMinutes  their lengths added together
     * @param weekdays        weekdays in the period, to turn weekly hours of a new facilitator into hours
     * @param facilitators    the site's facilitators in post at some time in the period
     */
    public CapacityAssessment assess(int sessions, int sessionMinutes, int weekdays, List<CapacityFacilitator> facilitators) {
        if (sessions < 0 || sessionMinutes < 0 || weekdays < 0) {
            throw new IllegalArgumentException("Sessions, minutes and weekdays cannot be negative");
        }
        long minutesPerSide = sessionMinutes + (long) sessions * allowances.prepMinutesPerSession();
        BigDecimal neededPerSide = BigDecimal.valueOf(minutesPerSide).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
        return new CapacityAssessment(sessions, neededPerSide.multiply(BigDecimal.valueOf(2)),
                side(HEALTH, neededPerSide, weekdays, facilitators),
                side(CHILDRENS_SERVICES, neededPerSide, weekdays, facilitators));
    }

    /**
     * A quarter judged week by week: protected hours cannot be saved up from a quiet week for a busy one, and a
     * leaver's hours before they go do not staff the sessions after. Shortfalls add up over the weeks; the training
     * need is what the worst week needs.
     */
    public CapacityAssessment assessWeeks(List<CapacityWeek> weeks) {
        List<CapacityAssessment> each = weeks.stream()
                .map(w -> assess(w.sessions(), w.sessionMinutes(), w.weekdays(), w.facilitators())).toList();
        return new CapacityAssessment(each.stream().mapToInt(CapacityAssessment::sessions).sum(),
                sum(each.stream().map(CapacityAssessment::neededHours).toList()),
                combine(HEALTH, each.stream().map(CapacityAssessment::health).toList()),
                combine(CHILDRENS_SERVICES, each.stream().map(CapacityAssessment::childrensServices).toList()));
    }

    private static AgencyCapacity combine(String agencyType, List<AgencyCapacity> weeks) {
        return new AgencyCapacity(agencyType, sum(weeks.stream().map(AgencyCapacity::neededHours).toList()),
                sum(weeks.stream().map(AgencyCapacity::availableHours).toList()),
                sum(weeks.stream().map(AgencyCapacity::shortfallHours).toList()),
                weeks.stream().mapToInt(AgencyCapacity::trainedFacilitators).max().orElse(0),
                weeks.stream().mapToInt(AgencyCapacity::trainMore).max().orElse(0));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    private AgencyCapacity side(String agencyType, BigDecimal needed, int weekdays, List<CapacityFacilitator> facilitators) {
        List<CapacityFacilitator> trained = facilitators.stream()
                .filter(f -> agencyType.equals(f.agencyType()) && f.trained()).toList();
        BigDecimal available = trained.stream()
                .map(f -> f.protectedHoursPerWeek().multiply(BigDecimal.valueOf(f.workingDays())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(DAYS_PER_WEEK, 1, RoundingMode.HALF_UP);
        BigDecimal shortfall = needed.subtract(available).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
        return new AgencyCapacity(agencyType, needed, available, shortfall, trained.size(), trainMore(shortfall, weekdays));
    }

    /** New facilitators needed to cover the gap, rounded up; none when the period has no working days to give. */
    private int trainMore(BigDecimal shortfall, int weekdays) {
        BigDecimal eachBrings = allowances.newFacilitatorHoursPerWeek().multiply(BigDecimal.valueOf(weekdays))
                .divide(DAYS_PER_WEEK, 2, RoundingMode.HALF_UP);
        if (shortfall.signum() == 0 || eachBrings.signum() == 0) {
            return 0;
        }
        return shortfall.divide(eachBrings, 0, RoundingMode.CEILING).intValueExact();
    }
}
