package org.babysteps.family.web;

import java.util.List;
import java.util.Set;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.internal.ReferralRules;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the referral and edit forms offer: the programme's referral sources and reasons, contact methods,
 * and the sites the signed-in person works at (they refer only into their own sites).
 */
@Component
class ReferralChoices {

    private final ReferralRules rules;
    private final Sites sites;
    private final Access access;

    ReferralChoices(ReferralRules rules, Sites sites, Access access) {
        this.rules = rules;
        this.sites = sites;
        this.access = access;
    }

    void addTo(Model model, ProgrammeDefinition programme) {
        model.addAttribute("referralSources", programme.referralSources());
        model.addAttribute("vulnerabilityFactors", programme.vulnerabilityFactors());
        model.addAttribute("contactMethods", ContactMethod.values());
        model.addAttribute("ownSites", ownSites());
    }

    void addTo(Model model) {
        addTo(model, rules.forNewReferrals());
    }

    /** The caller's own sites (not every site a licensor role could see). */
    List<SiteSummary> ownSites() {
        Set<SiteId> mine = access.currentUser().siteIds();
        return sites.visibleSites().stream().filter(site -> mine.contains(site.id())).toList();
    }
}
