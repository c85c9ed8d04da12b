package org.babysteps.workforce.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.babysteps.platform.SiteId;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.stereotype.Component;

/** Names of the sites the caller may see, for showing where runs are; national runs have no site. */
@Component
class SiteNames {

    private final Sites sites;

    SiteNames(Sites sites) {
        this.sites = sites;
    }

    Map<SiteId, String> visible() {
        return sites.visibleSites().stream().collect(Collectors.toMap(SiteSummary::id, SiteSummary::name));
    }

    /** "National" for a run open to every site; "Another site" where the caller cannot see the site's name. */
    String of(SiteId site, Map<SiteId, String> names) {
        return site == null ? "National" : names.getOrDefault(site, "Another site");
    }
}
