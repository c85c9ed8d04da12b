package org.babysteps.site;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** A site's current implementation stage and the day it entered it. */
public record StageSummary(SiteId site, ImplementationStage stage, LocalDate since) {
}
