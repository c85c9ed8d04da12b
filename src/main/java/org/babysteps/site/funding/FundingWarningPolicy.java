package org.babysteps.site.funding;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.babysteps.site.FundingWarning;
import org.babysteps.site.FundingWarningTier;

/**
 * How long a site's delivery is funded. Secured streams that follow on from each other (the next starting by the
 * day after the last ends) or overlap count as one continuous cover, so a renewal agreed in time raises no
 * warning; a gap ends the cover. The cover is the one running today, or the next one if none runs today.
 */
public class FundingWarningPolicy {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The last day of the continuous cover running today (or starting next); empty when none is current or ahead. */
    public Optional<LocalDate> securedUntil(List<SecuredPeriod> secured, LocalDate today) {
        return cover(secured, today).map(SecuredPeriod::endsOn);
    }

    public FundingWarning assess(List<SecuredPeriod> secured, LocalDate today) {
        Optional<SecuredPeriod> cover = cover(secured, today);
        if (cover.isEmpty()) {
            return secured.stream().map(SecuredPeriod::endsOn).max(Comparator.naturalOrder())
                    .map(ended -> new FundingWarning(FundingWarningTier.ENDED, ended,
                            "Secured funding ended on " + DATE.format(ended)))
                    .orElseGet(() -> new FundingWarning(FundingWarningTier.NONE, null, "No secured funding is recorded"));
        }
        LocalDate end = cover.get().endsOn();
        String gap = cover.get().startsOn().isAfter(today)
                ? "No secured funding until " + DATE.format(cover.get().startsOn()) + ". " : "";
        return new FundingWarning(tier(end, today), end,
                gap + "Secured funding ends on " + DATE.format(end) + ", " + howSoon(end, today));
    }

    private static FundingWarningTier tier(LocalDate end, LocalDate today) {
        if (!end.isAfter(today.plusMonths(3))) {
            return FundingWarningTier.WITHIN_3_MONTHS;
        }
        if (!end.isAfter(today.plusMonths(6))) {
            return FundingWarningTier.WITHIN_6_MONTHS;
        }
        if (!end.isAfter(today.plusMonths(12))) {
            return FundingWarningTier.WITHIN_12_MONTHS;
        }
        return FundingWarningTier.NONE;
    }

    private static String howSoon(LocalDate end, LocalDate today) {
        long months = ChronoUnit.MONTHS.between(today, end);
        if (months >= 1) {
            return "in " + months + (months == 1 ? " month" : " months");
        }
        long days = ChronoUnit.DAYS.between(today, end);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    /** The continuous run of secured periods that is current today, or the first one after today. */
    private static Optional<SecuredPeriod> cover(List<SecuredPeriod> secured, LocalDate today) {
        List<SecuredPeriod> ahead = secured.stream().filter(p -> !p.endsOn().isBefore(today))
                .sorted(Comparator.comparing(SecuredPeriod::startsOn)).toList();
        if (ahead.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = ahead.get(0).startsOn();
        LocalDate end = ahead.get(0).endsOn();
        for (SecuredPeriod next : ahead.subList(1, ahead.size())) {
            if (next.startsOn().isAfter(end.plusDays(1))) {
                break;
            }
            end = next.endsOn().isAfter(end) ? next.endsOn() : end;
        }
        return Optional.of(new SecuredPeriod(start, end));
    }
}
