package org.babysteps.site.steering.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;

/** What the steering pages share: finding the site (404 when the caller may not see it) and reading lists. */
final class SteeringPages {

    static final String EDITORS = "hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')";

    private SteeringPages() {
    }

    static SiteSummary site(Sites sites, UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }

    static String steeringPage(SiteSummary site) {
        return "redirect:/sites/" + site.id() + "/steering";
    }

    /** One decision per line, blank lines dropped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
