package org.babysteps.outcomes;

/** How many people's scores moved for the better, not at all, or for the worse, by any amount. */
public record PairedDirectionCounts(int better, int same, int worse) {

    public int total() {
        return better + same + worse;
    }
}
