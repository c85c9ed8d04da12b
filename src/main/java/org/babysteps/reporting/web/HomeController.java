package org.babysteps.reporting.web;

import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
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

    HomeController(Access access, Sites sites) {
        this.access = access;
        this.sites = sites;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        CurrentUser user = access.currentUser();
        model.addAttribute("user", user);
        model.addAttribute("sites", sites.visibleSites());
        model.addAttribute("roleLabels", user.roles().stream().map(Role::label).sorted().toList());
        return "home/" + homeFor(user);
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
