package org.babysteps.media.parentlink;

/**
 * When an address has sent too many tokens that are not ours to keep trying: from then on, until older attempts drop
 * out of the window, every watch link it opens is refused, since a good token cannot be told from a lucky guess
 * without looking it up.
 */
record BadTokenPolicy(int maxBadTokens) {

    BadTokenPolicy {
        if (maxBadTokens < 1) {
            throw new IllegalArgumentException("The limit of bad tokens must be at least 1, not " + maxBadTokens);
        }
    }

    boolean blocks(long recentBadTokens) {
        return recentBadTokens >= maxBadTokens;
    }
}
