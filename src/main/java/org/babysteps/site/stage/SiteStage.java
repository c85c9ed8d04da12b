package org.babysteps.site.stage;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.StageSummary;

/**
 * A site's current stage. A site with nothing recorded has been {@link ImplementationStage#EXPLORING} since it was
 * added to the platform: that default is derived when read, not stored, so adding a site needs no stage code.
 *
 * @param recordedChanges how many changes are recorded (0: the default applies); a new change must build on it
 */
public record SiteStage(SiteId site, String siteName, ImplementationStage stage, LocalDate since,
                        int recordedChanges) {

    public boolean recorded() {
        return recordedChanges > 0;
    }

    public StageSummary summary() {
        return new StageSummary(site, stage, since);
    }
}
