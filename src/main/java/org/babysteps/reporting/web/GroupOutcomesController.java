package org.babysteps.reporting.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.delivery.Enrolment;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.Group;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.PairedAudience;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.outcomes.SiteOutcomeDashboard;
import org.babysteps.site.Licences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One group's outcomes, for the site's own team (its lead and facilitators): every family that had a place in the
 * group, withdrawn ones too, so that parents who left show as "baseline but no later score". Exact counts, since the
 * team knows these families.
 */
@Controller
class GroupOutcomesController {

    private final GroupQueries groups;
    private final Enrolments enrolments;
    private final OutcomeAnalyses analyses;
    private final Licences licences;

    GroupOutcomesController(GroupQueries groups, Enrolments enrolments, OutcomeAnalyses analyses, Licences licences) {
        this.groups = groups;
        this.enrolments = enrolments;
        this.analyses = analyses;
        this.licences = licences;
    }

    @GetMapping("/groups/{id}/outcomes")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String show(@PathVariable UUID id, @RequestParam(required = false) String later,
                @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model) {
        GroupId groupId = new GroupId(id);
        Group group = groups.group(groupId); // 404 for a group of another site
        OutcomeComparison comparison = later == null || later.isBlank() ? OutcomeComparison.TO_END_OF_PROGRAMME
                : OutcomeComparison.toLater(later).orElseThrow(() -> new NotFoundException("Comparison"));
        LocalDate licenceStart = LicenceStart.of(licences, group.siteId());
        ReportingPeriod period = form.resolve(UkTime.today(), PeriodForm.LAST_YEAR, licenceStart, errors);
        model.addAttribute("group", group);
        model.addAttribute("licenceStart", licenceStart);
        model.addAttribute("comparisons", OutcomeComparison.OFFERED);
        model.addAttribute("comparison", comparison);
        model.addAttribute("period", period);
        if (period != null) {
            Set<FamilyId> families = enrolments.ofGroup(groupId).stream().map(Enrolment::familyId).collect(Collectors.toSet());
            model.addAttribute("panels", SiteOutcomeDashboard.panels(analyses.analyseEach(
                    OutcomeScope.families(group.siteId(), families), period.from(), period.to(), comparison),
                    PairedAudience.OWN_SITE));
        }
        return "outcomes/analysis/group";
    }
}
