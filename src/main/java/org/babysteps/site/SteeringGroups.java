package org.babysteps.site;

import java.util.List;
import org.babysteps.platform.SiteId;

/** What other modules may ask about sites' steering groups; limited to the caller's sites. */
public interface SteeringGroups {

    /** Open actions whose due date has passed, oldest first. */
    List<SteeringActionSummary> overdueActions(SiteId site);
}
