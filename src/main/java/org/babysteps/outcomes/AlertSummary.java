package org.babysteps.outcomes;

import java.time.Instant;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;

/**
 * An alert as lists and home pages show it to the site's staff: no answers and no item texts.
 *
 * @param familyName the family's display name, for staff of the family's site
 * @param instrument the instrument's label, e.g. "epds v1"
 */
public record AlertSummary(AlertId id, SiteId siteId, FamilyId familyId, String familyName, String instrument,
                           AlertStatus status, Instant raisedAt, Instant escalatedAt, Instant acknowledgedAt) {
}
