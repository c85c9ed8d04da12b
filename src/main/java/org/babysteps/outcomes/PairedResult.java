package org.babysteps.outcomes;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The pre/post analysis of one instrument for one set of people with both scores. Raw numbers: small-number
 * suppression belongs to what is shown ({@link PairedSentences} for a given {@link PairedAudience}).
 * Nothing is NaN: what cannot be worked out is empty, and {@link #caveats()} says why.
 *
 * @param direction       the instrument's direction, by which better and worse are judged
 * @param change          change = later − baseline, its mean and the SD of the differences
 * @param meanChangeCi95  95% confidence interval of the mean change from the t distribution with n − 1 df
 * @param cohensDz        Cohen's d for paired data, d_z = mean change / SD of the changes (negative when scores
 *                        fell); not d_av, which divides by the average SD of the two time points
 */
public record PairedResult(int n,
                           Direction direction,
                           PairedSummary baseline,
                           PairedSummary later,
                           PairedSummary change,
                           Optional<PairedInterval> meanChangeCi95,
                           Optional<PairedTTest> tTest,
                           Optional<PairedSignedRank> signedRank,
                           OptionalDouble cohensDz,
                           PairedDirectionCounts directions,
                           Optional<PairedReliableChange> reliableChange,
                           Optional<PairedClinicalChange> clinicalChange,
                           Set<PairedCaveat> caveats) {

    public PairedResult {
        caveats = Set.copyOf(caveats);
    }
}
