package org.babysteps.outcomes;

/**
 * A published reliable-change threshold: a change of at least {@code points} in the total is reliable. Where the
 * literature gives one for an instrument, every site's analysis uses it, so "% reliably improved" means the same at
 * every site.
 *
 * @param points  the smallest reliable change, in score points (inclusive), above 0
 * @param citedAs how sentences cite it, e.g. "Matthey 2004"
 * @param source  the full citation
 */
public record ReliableChangeThreshold(int points, String citedAs, String source) {

    public ReliableChangeThreshold {
        if (points <= 0) {
            throw new IllegalArgumentException("A reliable-change threshold must be above 0 points, not " + points);
        }
        if (citedAs == null || citedAs.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("A reliable-change threshold needs its source");
        }
    }
}
