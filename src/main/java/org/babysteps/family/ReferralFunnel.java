package org.babysteps.family;

/**
 * How many of a site's families ever reached each step of the journey, and how many left before completing.
 * Counts only: no family can be recognised from it.
 */
public record ReferralFunnel(long referred, long contacted, long firstVisitDone, long enrolled, long completed,
                             long leftBeforeCompleting) {

    /** The share of referred families that reached a later step, 0..1. */
    public double rate(long reached) {
        return referred == 0 ? 0 : (double) reached / referred;
    }
}
