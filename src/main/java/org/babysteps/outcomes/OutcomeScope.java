package org.babysteps.outcomes;

import java.util.Set;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/**
 * Whose scores an outcome analysis reads: one site, some families of a site (one group's), or every site the caller
 * may see. The caller's site scope always applies on top, in SQL.
 *
 * @param site     one site, or null for every visible site
 * @param families only these families, or null for all of the site(s)
 */
public record OutcomeScope(SiteId site, Set<FamilyId> families) {

    public OutcomeScope {
        if (families != null && site == null) {
            throw new IllegalArgumentException("A set of families is analysed within one site: name the site");
        }
        families = families == null ? null : Set.copyOf(families);
    }

    public static OutcomeScope site(SiteId site) {
        return new OutcomeScope(site, null);
    }

    /** One group's families (the caller reads them from delivery), within their site. */
    public static OutcomeScope families(SiteId site, Set<FamilyId> families) {
        return new OutcomeScope(site, families);
    }

    public static OutcomeScope allVisibleSites() {
        return new OutcomeScope(null, null);
    }
}
