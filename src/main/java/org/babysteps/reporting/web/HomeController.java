package org.babysteps.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.family.Families;
import org.babysteps.family.ReferralFunnel;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import java.util.stream.Collectors;
import org.babysteps.outcomes.DueQuestionnaireList;
import org.babysteps.outcomes.SafeguardingAlerts;
import org.babysteps.reporting.lifecycle.LifecycleHome;
import org.babysteps.reporting.lifecycle.SiteLifecycleBoard;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each role's home page: what that person needs first, for the sites they may see. */
@Controller
class HomeController {

    private final Access access;
    private final Sites sites;
    private final DeliveryOverview delivery;
    private final Families families;
    private final org.babysteps.reporting.internal.WorkforceReport workforce;
    private final LifecycleHome lifecycle;
    private final SiteLifecycleBoard board;
    private final SafeguardingAlerts alerts;
    private final DueQuestionnaireList questionnairesDue;

    HomeController(Access access, Sites sites, DeliveryOverview delivery, Families families,
                   org.babysteps.reporting.internal.WorkforceReport workforce, LifecycleHome lifecycle,
                   SiteLifecycleBoard board, SafeguardingAlerts alerts, DueQuestionnaireList questionnairesDue) {
        this.alerts = alerts;
        this.questionnairesDue = questionnairesDue;
        this.lifecycle = lifecycle;
        this.board = board;
        this.workforce = workforce;
        this.access = access;
        this.sites = sites;
        this.delivery = delivery;
        this.families = families;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        CurrentUser user = access.currentUser();
        List<SiteSummary> visible = sites.visibleSites();
        model.addAttribute("user", user);
        model.addAttribute("sites", visible);
        model.addAttribute("roleLabels", user.roles().stream().map(Role::label).sorted().toList());
        String home = homeFor(user);
        if (home.equals("site-lead")) {
            model.addAttribute("siteDelivery", siteDelivery(visible, true));
            model.addAttribute("lifecycle", visible.stream().collect(Collectors.toMap(
                    SiteSummary::id, site -> lifecycle.alertsFor(site.id()))));
        }
        if (home.equals("commissioner")) {
            model.addAttribute("commissioned", visible.stream().collect(Collectors.toMap(
                    SiteSummary::id, site -> lifecycle.commissioned(site.id()))));
        }
        if (home.equals("licensor")) {
            model.addAttribute("atRisk", board.atRisk());
        }
        if (home.equals("site-lead")) {
            model.addAttribute("siteWorkforce", visible.stream().collect(java.util.stream.Collectors.toMap(
                    SiteSummary::id, site -> workforce.homeAlerts(site.id()))));
        }
        if (user.has(Role.SITE_LEAD) || user.has(Role.FACILITATOR)) {
            model.addAttribute("alerts", alerts.openFor(user));
        }
        if (home.equals("practitioner") && user.has(Role.FACILITATOR)) {
            model.addAttribute("week", delivery.facilitatorWeek());
            model.addAttribute("questionnaires", questionnairesDue.forSignedInFacilitator());
        }
        return "home/" + home;
    }

    private Map<SiteSummary, SiteDelivery> siteDelivery(List<SiteSummary> visible, boolean withRegisters) {
        Map<SiteSummary, SiteDelivery> bySite = new LinkedHashMap<>();
        for (SiteSummary site : visible) {
            bySite.put(site, new SiteDelivery(delivery.groupsAt(site.id()),
                    withRegisters ? delivery.registersDueAt(site.id()) : List.of(),
                    withRegisters ? delivery.sessionsNeedingCover(site.id()) : 0, families.funnel(site.id())));
        }
        return bySite;
    }

    /** A site's delivery at a glance on its lead's or commissioner's home page. */
    record SiteDelivery(List<org.babysteps.delivery.GroupSummary> groups,
                        List<org.babysteps.delivery.SessionView> registersDue, int sessionsNeedingCover,
                        ReferralFunnel funnel) {
    }

    private static String homeFor(CurrentUser user) {
        if (user.has(Role.LICENSOR_ADMIN) || user.has(Role.PROGRAMME_MANAGER)) {
            return "licensor";
        }
        if (user.has(Role.SITE_LEAD)) {
            return "site-lead";
        }
        if (user.has(Role.COMMISSIONER)) {
            return "commissioner";
        }
        return "practitioner";
    }
}
