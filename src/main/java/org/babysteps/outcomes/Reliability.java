package org.babysteps.outcomes;

import java.util.Optional;

/**
 * What the reliable change index (Jacobson and Truax) needs from the literature, each with where it comes from.
 *
 * @param alpha          internal consistency (Cronbach's alpha), 0 &lt; alpha &lt; 1
 * @param alphaSource    the publication the alpha is taken from
 * @param normSd         the standard deviation of the total in a reference sample, or null where no published value
 *                       was found: the analysis then uses all sites' baseline spread ({@link ReferenceSd})
 * @param normSdSource   the publication the SD is taken from, or why there is none
 * @param reliableChange a published reliable-change threshold in points, or null; when given it is used instead of
 *                       the index (it does not change any score, only how a change is judged)
 */
public record Reliability(double alpha, String alphaSource, Double normSd, String normSdSource,
                          ReliableChangeThreshold reliableChange) {

    public boolean hasNormSd() {
        return normSd != null;
    }

    public Optional<ReliableChangeThreshold> publishedThreshold() {
        return Optional.ofNullable(reliableChange);
    }
}
