package org.babysteps.delivery.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.delivery.DeliveryRuleException;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.Roster;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.UserSummary;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site's facilitator roster: who delivers, their agency type, training and leaving dates. */
@Controller
class RosterController {

    private final Roster roster;
    private final Sites sites;
    private final UserAccounts accounts;

    RosterController(Roster roster, Sites sites, UserAccounts accounts) {
        this.roster = roster;
        this.sites = sites;
        this.accounts = accounts;
    }

    @GetMapping("/sites/{id}/facilitators")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("roster", roster.atSite(site.id()));
        model.addAttribute("today", LocalDate.now());
        return "delivery/roster";
    }

    @GetMapping("/sites/{id}/facilitators/new")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String newEntry(@PathVariable UUID id, Model model) {
        model.addAttribute("entry", new RosterForm());
        return addPage(site(id), model);
    }

    @PostMapping("/sites/{id}/facilitators")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String add(@PathVariable UUID id, @ModelAttribute("entry") RosterForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        SiteSummary site = site(id);
        UserSummary person = candidates(site.id()).stream()
                .filter(candidate -> candidate.id().value().equals(form.getUserId())).findFirst().orElse(null);
        if (person == null) {
            errors.rejectValue("userId", "required", "Select who to add");
        }
        if (form.getAgencyType() == null) {
            errors.rejectValue("agencyType", "required", "Select their agency type");
        }
        LocalDate trained = Dates.parse(form.getTrainedOn(), "trainedOn", "the date they were trained", false, errors);
        if (trained != null && trained.isAfter(LocalDate.now())) {
            errors.rejectValue("trainedOn", "future", "Date trained must be today or in the past");
        }
        if (!errors.hasErrors()) {
            try {
                roster.add(site.id(), person.id(), person.displayName(), form.getAgencyType(), trained);
                redirect.addFlashAttribute("success", person.displayName() + " added to the roster");
                return "redirect:/sites/" + id + "/facilitators";
            } catch (DeliveryRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return addPage(site, model);
    }

    @GetMapping("/facilitators/{id}/edit")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String edit(@PathVariable UUID id, Model model) {
        Facilitator facilitator = roster.find(new FacilitatorId(id));
        RosterForm form = new RosterForm();
        form.setTrainedOn(facilitator.trainedOn() == null ? null : facilitator.trainedOn().toString());
        form.setLeftOn(facilitator.leftOn() == null ? null : facilitator.leftOn().toString());
        model.addAttribute("entry", form);
        model.addAttribute("facilitator", facilitator);
        return "delivery/roster-edit";
    }

    @PostMapping("/facilitators/{id}")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String update(@PathVariable UUID id, @ModelAttribute("entry") RosterForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Facilitator facilitator = roster.find(new FacilitatorId(id));
        LocalDate trained = Dates.parse(form.getTrainedOn(), "trainedOn", "the date they were trained", false, errors);
        LocalDate left = Dates.parse(form.getLeftOn(), "leftOn", "the leaving date", false, errors);
        if (!errors.hasErrors()) {
            try {
                roster.update(facilitator.id(), trained, left);
                redirect.addFlashAttribute("success", "Roster updated for " + facilitator.displayName());
                return "redirect:/sites/" + facilitator.siteId() + "/facilitators";
            } catch (DeliveryRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        model.addAttribute("facilitator", facilitator);
        return "delivery/roster-edit";
    }

    private String addPage(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("people", candidates(site.id()));
        model.addAttribute("agencyTypes", List.of("HEALTH", "CHILDRENS_SERVICES", "VOLUNTARY"));
        return "delivery/roster-new";
    }

    /** Facilitator and site lead accounts of the site not yet on its roster. */
    private List<UserSummary> candidates(SiteId site) {
        Set<UserId> onRoster = roster.atSite(site).stream().map(Facilitator::userId).collect(Collectors.toSet());
        return accounts.staffOfSite(site).stream()
                .filter(user -> user.roles().contains(Role.FACILITATOR) || user.roles().contains(Role.SITE_LEAD))
                .filter(user -> !onRoster.contains(user.id()))
                .toList();
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
