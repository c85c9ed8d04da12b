package org.babysteps.site.steering.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.steering.NewMember;
import org.babysteps.site.steering.Seniority;
import org.babysteps.site.steering.SteeringGroupChanges;
import org.babysteps.site.steering.SteeringGroupService;
import org.babysteps.site.steering.SteeringMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding steering group members and recording that one left (the site lead or a licensor admin). */
@Controller
@PreAuthorize(SteeringPages.EDITORS)
class SteeringMemberController {

    private final Sites sites;
    private final SteeringGroupService steering;
    private final SteeringGroupChanges changes;

    SteeringMemberController(Sites sites, SteeringGroupService steering, SteeringGroupChanges changes) {
        this.sites = sites;
        this.steering = steering;
        this.changes = changes;
    }

    @GetMapping("/sites/{id}/steering/members/new")
    String newMember(@PathVariable UUID id, Model model) {
        model.addAttribute("member", new MemberForm());
        return form(SteeringPages.site(sites, id), model);
    }

    @PostMapping("/sites/{id}/steering/members")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("member") MemberForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        SiteSummary site = SteeringPages.site(sites, id);
        if (!errors.hasErrors()) {
            try {
                changes.addMember(site.id(), new NewMember(form.getName(),
                        form.getAgencyId() == null ? null : new AgencyId(form.getAgencyId()), form.getOrganisation(),
                        form.getRole(), form.getSeniority()));
                redirect.addFlashAttribute("success", form.getName().trim() + " added to the steering group");
                return SteeringPages.steeringPage(site);
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return form(site, model);
    }

    @GetMapping("/sites/{id}/steering/members/{memberId}/departure")
    String departure(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        SiteSummary site = SteeringPages.site(sites, id);
        SteeringMember member = member(site, memberId);
        DepartureForm form = new DepartureForm();
        form.setLeftOn(UkTime.today().toString());
        form.setVersion(member.version());
        model.addAttribute("departure", form);
        return departurePage(site, member, model);
    }

    @PostMapping("/sites/{id}/steering/members/{memberId}/departure")
    String leave(@PathVariable UUID id, @PathVariable UUID memberId, @ModelAttribute("departure") DepartureForm form,
                 BindingResult errors, Model model, RedirectAttributes redirect) {
        SiteSummary site = SteeringPages.site(sites, id);
        SteeringMember member = member(site, memberId);
        var leftOn = DateFields.parse(form.getLeftOn(), "leftOn", "the leaving date", true, errors);
        if (!errors.hasErrors()) {
            try {
                changes.memberLeft(site.id(), memberId, form.getVersion(), leftOn);
                redirect.addFlashAttribute("success", member.name() + " recorded as having left");
                return SteeringPages.steeringPage(site);
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return departurePage(site, member, model);
    }

    private String form(SiteSummary site, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("agencies", sites.agenciesOf(site.id()));
        model.addAttribute("seniorities", Seniority.values());
        return "site/steering/member-new";
    }

    private String departurePage(SiteSummary site, SteeringMember member, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("steeringMember", member);
        return "site/steering/departure";
    }

    private SteeringMember member(SiteSummary site, UUID memberId) {
        return steering.member(site.id(), memberId).orElseThrow(() -> new NotFoundException("Member"));
    }
}
