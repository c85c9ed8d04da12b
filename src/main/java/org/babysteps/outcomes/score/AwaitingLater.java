package org.babysteps.outcomes.score;

import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;

/**
 * How many parents of a site and role have a baseline but no later score yet by the end of a period: the missing data
 * every figure is read beside. Site and role are those of each parent's latest baseline.
 */
public record AwaitingLater(SiteId site, RespondentRole role, int parents) {
}
