package org.babysteps.reporting;

import org.babysteps.platform.SiteId;

/** Evidence packs for re-commissioning, limited to the caller's sites. */
public interface EvidencePacks {

    /** Throws {@link org.babysteps.platform.NotFoundException} when the caller may not see the site. */
    EvidencePack forSite(SiteId site, ReportingPeriod period);
}
