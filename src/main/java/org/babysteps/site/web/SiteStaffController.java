package org.babysteps.site.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.babysteps.identity.Access;
import org.babysteps.identity.EmailAlreadyUsedException;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.Agency;
import org.babysteps.site.AgencyType;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.internal.AgencyStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's staff accounts: site leads and the licensor see them; licensor admins add them. */
@Controller
class SiteStaffController {

    private static final List<Role> SITE_ROLES =
            List.of(Role.SITE_LEAD, Role.FACILITATOR, Role.TRAINER, Role.COMMISSIONER, Role.EVALUATOR);

    private final Sites sites;
    private final AgencyStore agencies;
    private final UserAccounts accounts;
    private final Access access;

    SiteStaffController(Sites sites, AgencyStore agencies, UserAccounts accounts, Access access) {
        this.sites = sites;
        this.agencies = agencies;
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping("/sites/{id}/staff")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String staff(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        Map<AgencyId, Agency> byId = agencyChoices(site.id()).stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        model.addAttribute("site", site);
        model.addAttribute("staff", accounts.staffOfSite(site.id()));
        model.addAttribute("agencies", byId);
        return "site/staff";
    }

    @GetMapping("/sites/{id}/staff/new")
    @PreAuthorize("hasRole('LICENSOR_ADMIN')")
    String newStaff(@PathVariable UUID id, Model model) {
        model.addAttribute("staffMember", new StaffForm());
        return page(site(id), model);
    }

    @PostMapping("/sites/{id}/staff")
    @PreAuthorize("hasRole('LICENSOR_ADMIN')")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("staffMember") StaffForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        if (form.getAgencyId() != null && agencyChoices(site.id()).stream()
                .noneMatch(agency -> agency.id().value().equals(form.getAgencyId()))) {
            errors.rejectValue("agencyId", "unknown", "Select their agency");
        }
        if (form.getEmail() != null && !errors.hasFieldErrors("email") && accounts.emailInUse(form.getEmail())) {
            errors.rejectValue("email", "taken", "An account already uses this email address");
        }
        if (form.getRole() != null && !SITE_ROLES.contains(form.getRole())) {
            errors.rejectValue("role", "unknown", "Select their role");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.create(form.toAccount(site.id()));
                redirect.addFlashAttribute("success", "Account created for " + form.getDisplayName());
                return "redirect:/sites/" + id + "/staff";
            } catch (EmailAlreadyUsedException e) {
                errors.rejectValue("email", "taken", "An account already uses this email address");
            }
        }
        return page(site, model);
    }

    private String page(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("agencies", agencyChoices(site.id()));
        model.addAttribute("roles", SITE_ROLES);
        return "site/staff-new";
    }

    /** The site's partner agencies, and the commissioning bodies a commissioner may belong to. */
    private List<Agency> agencyChoices(SiteId site) {
        List<Agency> choices = new ArrayList<>(agencies.ofSite(site, access.scope()));
        choices.addAll(agencies.ofType(AgencyType.COMMISSIONER));
        return choices;
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
