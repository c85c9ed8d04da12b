package org.babysteps.site;

import org.babysteps.platform.SiteId;

/** The funding-end warning of a site, for home pages; computed from the streams the caller may see. */
public interface FundingWarnings {

    FundingWarning warning(SiteId site);
}
