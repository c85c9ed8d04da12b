package org.babysteps.outcomes;

/**
 * What the reliable change index (Jacobson and Truax) needs from the literature, each with where it comes from.
 *
 * @param alpha        internal consistency (Cronbach's alpha), 0 &lt; alpha &lt; 1
 * @param alphaSource  the publication the alpha is taken from
 * @param normSd       the standard deviation of the total in a reference sample, or null where no published value
 *                     was found: the analysis then uses the standard deviation of its own sample at baseline
 * @param normSdSource the publication the SD is taken from, or why there is none
 */
public record Reliability(double alpha, String alphaSource, Double normSd, String normSdSource) {

    public boolean hasNormSd() {
        return normSd != null;
    }
}
