package org.babysteps.outcomes;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import org.babysteps.outcomes.PairedReliableChange.SdSource;

/**
 * What a parent's change is measured against to call it reliable. A published threshold counts a change of at least
 * its points; otherwise Jacobson–Truax (1991): SE_diff = SD × √2 × √(1 − r), and a change is reliable when
 * |change / SE_diff| &gt; 1.96. Every source but the group's own baseline is the same for every site and group.
 *
 * @param sd           the SD used, or null for a published threshold
 * @param seDifference the standard error of the difference, or null for a published threshold
 * @param threshold    the published threshold, only for {@link SdSource#PUBLISHED_THRESHOLD}
 * @param reference    the all-sites reference, only for {@link SdSource#ALL_SITES_REFERENCE}
 */
public record ReliableChangeYardstick(SdSource source, Double sd, Double seDifference, ReliableChangeThreshold threshold,
                                      ReferenceSd reference) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public static ReliableChangeYardstick published(ReliableChangeThreshold threshold) {
        return new ReliableChangeYardstick(SdSource.PUBLISHED_THRESHOLD, null, null, threshold, null);
    }

    public static ReliableChangeYardstick normative(double sd, double reliability) {
        return new ReliableChangeYardstick(SdSource.NORMATIVE, sd, seDifference(sd, reliability), null, null);
    }

    public static ReliableChangeYardstick allSites(ReferenceSd reference, double reliability) {
        return new ReliableChangeYardstick(SdSource.ALL_SITES_REFERENCE, reference.sd(),
                seDifference(reference.sd(), reliability), null, reference);
    }

    public static ReliableChangeYardstick baselineSample(double sd, double reliability) {
        return new ReliableChangeYardstick(SdSource.BASELINE_SAMPLE, sd, seDifference(sd, reliability), null, null);
    }

    private static double seDifference(double sd, double reliability) {
        return sd * Math.sqrt(2) * Math.sqrt(1 - reliability);
    }

    /** Whether a change of this size (either way) is reliable. */
    public boolean isReliable(double change) {
        if (threshold != null) {
            return Math.abs(change) >= threshold.points();
        }
        return Math.abs(change / seDifference) > PairedReliableChange.CRITICAL_RCI;
    }

    /** The index's smallest reliable change in points (exclusive); empty for a published threshold, which is whole. */
    public OptionalDouble indexThreshold() {
        return seDifference == null ? OptionalDouble.empty()
                : OptionalDouble.of(PairedReliableChange.CRITICAL_RCI * seDifference);
    }

    /** One plain sentence saying what a change was measured against, for notes beside the figures. */
    public String description() {
        return switch (source) {
            case PUBLISHED_THRESHOLD -> "Reliable change: a change of " + threshold.points() + " points or more ("
                    + threshold.citedAs() + "), the same yardstick at every site.";
            case NORMATIVE -> "Reliable change: a change of more than " + points() + " points, measured against the"
                    + " spread of a published reference population (SD " + oneDecimal(sd) + "), the same yardstick at"
                    + " every site.";
            case ALL_SITES_REFERENCE -> "Reliable change: a change of more than " + points() + " points, measured"
                    + " against the spread of all sites' baseline scores (SD " + oneDecimal(sd) + ", "
                    + NumberFormat.getIntegerInstance(Locale.UK).format(reference.baselines()) + " parents, "
                    + DAY.format(reference.computedOn()) + "), the same yardstick at every site.";
            case BASELINE_SAMPLE -> PairedCaveat.BASELINE_SD_USED.explanation();
        };
    }

    private String points() {
        return oneDecimal(indexThreshold().getAsDouble());
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
