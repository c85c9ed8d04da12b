package org.babysteps.media.parentlink;

/**
 * When an address has sent too many tokens that are not ours to keep trying: from then on, until older attempts drop
 * out of the window, every further bad token it sends is refused without being counted. A real link is looked up
 * first and never refused here: nobody guesses 256 random bits, so the limit only bounds the load of bad tokens.
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
