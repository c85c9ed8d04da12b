package org.babysteps.family.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.internal.FamilyReader;
import org.babysteps.family.internal.FamilySearch;
import org.babysteps.platform.SiteId;
import org.babysteps.site.SiteSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The families of the caller's sites, filtered by stage and searched by a parent's name, a page at a time. */
@Controller
@PreAuthorize(FamilyWorkers.RULE)
class FamilyListController {

    private final FamilyReader reader;
    private final ReferralChoices choices;

    FamilyListController(FamilyReader reader, ReferralChoices choices) {
        this.reader = reader;
        this.choices = choices;
    }

    /** Filters arrive as text: an unknown stage or page number simply lists without that filter. */
    @GetMapping("/families")
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String name,
                @RequestParam(required = false) String page, Model model) {
        JourneyStage chosenStage = Arrays.stream(JourneyStage.values()).filter(s -> s.name().equals(stage))
                .findFirst().orElse(null);
        String search = name == null || name.isBlank() ? null : name.trim();
        int pageNumber = page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
        FamilySearch.Page result = reader.search(new FamilySearch.Criteria(null, chosenStage, search, pageNumber));
        Map<SiteId, String> siteNames = choices.ownSites().stream()
                .collect(Collectors.toMap(SiteSummary::id, SiteSummary::name, (a, b) -> a));
        model.addAttribute("result", result);
        model.addAttribute("stages", JourneyStage.values());
        model.addAttribute("stage", chosenStage);
        model.addAttribute("name", search);
        model.addAttribute("siteNames", siteNames);
        model.addAttribute("severalSites", siteNames.size() > 1);
        return "family/list";
    }
}
