package org.babysteps.site;

import java.time.LocalDate;
import org.babysteps.platform.SiteId;

/** Recording that a site moved to another implementation stage; licensor staff only. */
public interface StageChanges {

    /**
     * Records the change, or throws {@link SiteChangeRejectedException} (saving nothing) when a rule is broken or
     * when someone else recorded a change since the caller saw {@code recordedChangesSeen} of them.
     */
    void change(SiteId site, int recordedChangesSeen, ImplementationStage stage, LocalDate startedOn, String note);
}
