package org.babysteps.site.stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ImplementationStage;

/**
 * One recorded change of a site's implementation stage: the stage, the day it started, why, and who recorded it
 * when. Changes are never edited; a later change supersedes an earlier one.
 *
 * @param sequence 1 for a site's first recorded change, then 2, 3...
 */
public record StageChange(UUID id, SiteId site, int sequence, ImplementationStage stage, LocalDate startedOn,
                          String note, String changedBy, Instant changedAt) {
}
