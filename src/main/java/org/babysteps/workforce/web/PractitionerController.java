package org.babysteps.workforce.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.UserSummary;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.VersionedPractitioner;
import org.babysteps.workforce.WorkforceRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's practitioners: who works in the programme, their profession, roles, protected time and dates. */
@Controller
class PractitionerController {

    private final Practitioners practitioners;
    private final Sites sites;
    private final UserAccounts accounts;

    PractitionerController(Practitioners practitioners, Sites sites, UserAccounts accounts) {
        this.practitioners = practitioners;
        this.sites = sites;
        this.accounts = accounts;
    }

    @GetMapping("/sites/{id}/practitioners")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("practitioners", practitioners.atSite(site.id()));
        model.addAttribute("today", LocalDate.now());
        return "workforce/practitioners";
    }

    @GetMapping("/sites/{id}/practitioners/new")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String newPractitioner(@PathVariable UUID id, Model model) {
        model.addAttribute("practitioner", new PractitionerForm());
        return form(site(id), null, model);
    }

    @PostMapping("/sites/{id}/practitioners")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String add(@PathVariable UUID id, @ModelAttribute("practitioner") PractitionerForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        if (form.getUserId() != null && accountChoices(site.id()).stream().noneMatch(a -> a.id().value().equals(form.getUserId()))) {
            errors.rejectValue("userId", "unknown", "Select an account of this site, or none");
        }
        PractitionerDetails details = details(form, Set.of(site.id()), errors);
        if (!errors.hasErrors()) {
            try {
                practitioners.add(details);
                redirect.addFlashAttribute("success", form.getName() + " added");
                return "redirect:/sites/" + id + "/practitioners";
            } catch (WorkforceRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return form(site, null, model);
    }

    @GetMapping("/practitioners/{id}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
    String show(@PathVariable UUID id, Model model) {
        VersionedPractitioner found = practitioners.find(new PractitionerId(id));
        model.addAttribute("practitioner", PractitionerForm.of(found.practitioner(), found.version()));
        return form(firstSite(found.practitioner()), found.practitioner(), model);
    }

    @PostMapping("/practitioners/{id}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    String update(@PathVariable UUID id, @ModelAttribute("practitioner") PractitionerForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Practitioner current = practitioners.find(new PractitionerId(id)).practitioner();
        PractitionerDetails details = details(form, current.siteIds(), errors);
        if (!errors.hasErrors()) {
            try {
                practitioners.update(current.id(), form.getVersion(), details);
                redirect.addFlashAttribute("success", form.getName() + " saved");
                return "redirect:/sites/" + firstSite(current).id() + "/practitioners";
            } catch (WorkforceRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return form(firstSite(current), current, model);
    }

    private PractitionerDetails details(PractitionerForm form, Set<SiteId> siteIds, BindingResult errors) {
        if (form.getName() != null && form.getName().length() > 200) {
            errors.rejectValue("name", "size", "Full name must be 200 characters or fewer");
        }
        LocalDate started = DateFields.parse(form.getStartedOn(), "startedOn", "the start date", false, errors);
        LocalDate left = DateFields.parse(form.getLeftOn(), "leftOn", "the leaving date", false, errors);
        return new PractitionerDetails(form.getUserId() == null ? null : new UserId(form.getUserId()), form.getName(),
                null, form.getProfession(), siteIds, started, left, form.getProtectedHoursPerWeek(), form.getRoles());
    }

    private String form(SiteSummary site, Practitioner existing, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("existing", existing);
        model.addAttribute("accounts", existing == null ? accountChoices(site.id()) : List.of());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("roles", ProgrammeRole.values());
        return "workforce/practitioner-form";
    }

    /** Site accounts that have no practitioner record yet. */
    private List<UserSummary> accountChoices(SiteId site) {
        Set<UserId> linked = practitioners.atSite(site).stream().map(Practitioner::userId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return accounts.staffOfSite(site).stream().filter(account -> !linked.contains(account.id())).toList();
    }

    private SiteSummary firstSite(Practitioner practitioner) {
        return practitioner.siteIds().stream().map(sites::find).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new NotFoundException("Practitioner"));
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
