package org.babysteps.delivery.web;

import org.babysteps.platform.web.DateFields;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.delivery.DeliveryRuleException;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.Group;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupPlanning;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.NewGroup;
import org.babysteps.delivery.Roster;
import org.babysteps.delivery.VenueId;
import org.babysteps.delivery.Venues;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.programme.Programmes;
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

/** A site's groups: the list with fill and fidelity, planning a new group, and one group's page. */
@Controller
class GroupController {

    private final Sites sites;
    private final GroupPlanning planning;
    private final GroupQueries queries;
    private final DeliveryOverview overview;
    private final Enrolments enrolments;
    private final Venues venues;
    private final Roster roster;
    private final Programmes programmes;

    GroupController(Sites sites, GroupPlanning planning, GroupQueries queries, DeliveryOverview overview,
                    Enrolments enrolments, Venues venues, Roster roster, Programmes programmes) {
        this.sites = sites;
        this.planning = planning;
        this.queries = queries;
        this.overview = overview;
        this.enrolments = enrolments;
        this.venues = venues;
        this.roster = roster;
        this.programmes = programmes;
    }

    @GetMapping("/sites/{id}/groups")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String list(@PathVariable UUID id, Model model) {
        SiteSummary site = site(id);
        model.addAttribute("site", site);
        model.addAttribute("groups", overview.groupsAt(site.id()));
        model.addAttribute("needingCover", overview.sessionsNeedingCover(site.id()));
        return "delivery/groups";
    }

    @GetMapping("/sites/{id}/groups/new")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String newGroup(@PathVariable UUID id, Model model) {
        model.addAttribute("group", new GroupForm());
        return form(site(id), model);
    }

    @PostMapping("/sites/{id}/groups")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("group") GroupForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        LocalDate start = DateFields.parse(form.getStartDate(), "startDate", "the date of the first session", true, errors);
        LocalTime time = DateFields.parseTime(form.getStartTime(), "startTime", errors);
        if (start != null && (start.isBefore(UkTime.today().minusYears(1)) || start.isAfter(UkTime.today().plusYears(2)))) {
            errors.rejectValue("startDate", "range", "Date of the first session must be within a year ago and two years ahead");
        }
        if (!errors.hasErrors()) {
            try {
                GroupId group = planning.create(new NewGroup(site.id(), programmes.defaultProgramme().id(), form.getName(),
                        form.getVenueId() == null ? null : new VenueId(form.getVenueId()), form.isOnline(), start, time,
                        form.getDurationMinutes(), form.getFacilitators().stream().map(FacilitatorId::new).toList()));
                redirect.addFlashAttribute("success", "Group planned with its sessions");
                return "redirect:/groups/" + group;
            } catch (DeliveryRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return form(site, model);
    }

    @GetMapping("/groups/{id}")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String show(@PathVariable UUID id, Model model) {
        GroupId groupId = new GroupId(id);
        Group group = queries.group(groupId);
        model.addAttribute("group", group);
        model.addAttribute("site", site(group.siteId().value()));
        model.addAttribute("sessions", queries.sessions(groupId));
        model.addAttribute("places", queries.places(groupId));
        model.addAttribute("facilitators", queries.facilitators(groupId));
        model.addAttribute("today", UkTime.today());
        return "delivery/group";
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("venues", venues.atSite(site.id()));
        model.addAttribute("roster", roster.atSite(site.id()).stream().filter(f -> f.leftOn() == null).toList());
        model.addAttribute("programme", programmes.defaultProgramme());
        return "delivery/group-new";
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
