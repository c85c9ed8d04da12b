package org.babysteps.site.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.babysteps.identity.Access;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.site.AgencyType;
import org.babysteps.site.SiteAdministration;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.internal.AgencyStore;
import org.babysteps.site.internal.SiteRecord;
import org.babysteps.site.internal.SiteStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Listing, adding and changing sites. Other sites' ids answer 404, exactly like unknown ones. */
@Controller
class SiteController {

    private static final List<AgencyType> PARTNER_TYPES =
            List.of(AgencyType.HEALTH, AgencyType.CHILDRENS_SERVICES, AgencyType.VOLUNTARY);

    private final Sites sites;
    private final SiteStore siteStore;
    private final AgencyStore agencies;
    private final SiteAdministration administration;
    private final Access access;

    SiteController(Sites sites, SiteStore siteStore, AgencyStore agencies, SiteAdministration administration,
                   Access access) {
        this.sites = sites;
        this.siteStore = siteStore;
        this.agencies = agencies;
        this.administration = administration;
        this.access = access;
    }

    @GetMapping("/sites")
    @PreAuthorize("isAuthenticated()")
    String list(Model model) {
        model.addAttribute("sites", sites.visibleSites());
        return "site/list";
    }

    @GetMapping("/sites/new")
    @PreAuthorize("hasRole('LICENSOR_ADMIN')")
    String newSite(Model model) {
        model.addAttribute("site", new SiteForm());
        model.addAttribute("agencyTypes", PARTNER_TYPES);
        return "site/new";
    }

    @PostMapping("/sites")
    @PreAuthorize("hasRole('LICENSOR_ADMIN')")
    String create(@Valid @ModelAttribute("site") SiteForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                SiteId id = administration.create(form.toNewSite());
                redirect.addFlashAttribute("success", "Site added");
                return "redirect:/sites/" + id;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        model.addAttribute("agencyTypes", PARTNER_TYPES);
        return "site/new";
    }

    @GetMapping("/sites/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable UUID id, Model model) {
        SiteId siteId = new SiteId(id);
        SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFoundException("Site"));
        model.addAttribute("site", site);
        model.addAttribute("agencies", agencies.ofSite(siteId, access.scope()));
        return "site/show";
    }

    @GetMapping("/sites/{id}/edit")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String edit(@PathVariable UUID id, Model model) {
        SiteRecord site = record(id);
        model.addAttribute("site", SiteEditForm.of(site));
        return editPage(site.id(), model);
    }

    @PostMapping("/sites/{id}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("site") SiteEditForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SiteRecord current = record(id);
        if (!errors.hasErrors()) {
            try {
                administration.update(current.id(), form.getVersion(), form.getName(), form.getArea(),
                        new AgencyId(form.getLeadAgencyId()));
                redirect.addFlashAttribute("success", "Site details saved");
                return "redirect:/sites/" + id;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
                if (rejected.field() == null) {
                    // a conflicting save: show what is stored now, keeping the version the user must build on
                    form.setVersion(current.version());
                }
            }
        }
        return editPage(current.id(), model);
    }

    private String editPage(SiteId id, Model model) {
        model.addAttribute("siteId", id);
        model.addAttribute("agencies", agencies.ofSite(id, access.scope()));
        return "site/edit";
    }

    private SiteRecord record(UUID id) {
        return siteStore.findRecord(new SiteId(id), access.scope()).orElseThrow(() -> new NotFoundException("Site"));
    }
}
