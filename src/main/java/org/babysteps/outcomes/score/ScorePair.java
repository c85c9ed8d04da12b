package org.babysteps.outcomes.score;

import org.babysteps.platform.SiteId;
import org.babysteps.programme.RespondentRole;

/**
 * One parent's baseline total beside their later total of one instrument: all the analysis needs of a pair, as plain
 * numbers, so a national read holds a few hundred thousand of these and not a million scores.
 *
 * @param site         where the later score was completed (a pair counts for that site)
 * @param baselineSite where the baseline was completed: another site when the family moved, whose score was read too
 * @param role         the parent's role at baseline
 * @param laterVersion the instrument version that scored the later answers
 */
public record ScorePair(SiteId site, SiteId baselineSite, RespondentRole role, int baseline, int later,
                        int laterVersion) {
}
