package org.babysteps.outcomes;

/**
 * A band of totals with its published meaning, e.g. EPDS 13 to 30 "probable depression". Bands may overlap, so a
 * total can fall in more than one.
 *
 * @param from              lowest total in the band, inclusive
 * @param to                highest total in the band, inclusive
 * @param meaning           what a total in the band means, for staff
 * @param clinicalThreshold whether this band is the clinical range used for "clinically significant change": a
 *                          total is clinical when it is in this band. At most one band of an instrument says so.
 */
public record CutOff(int from, int to, String meaning, boolean clinicalThreshold) {

    public boolean contains(int total) {
        return total >= from && total <= to;
    }
}
