package org.babysteps.outcomes;

/**
 * Who will read a figure. Counts under 5 could point to a family, so anything that leaves the site (a
 * commissioner's report, another site, the licensor's comparisons) has them shown as "fewer than 5".
 */
public enum PairedAudience {
    /** The site's own team, who already know their families: exact counts. */
    OWN_SITE,
    /** Commissioners, other sites and national comparisons: small counts suppressed. */
    BEYOND_THE_SITE
}
