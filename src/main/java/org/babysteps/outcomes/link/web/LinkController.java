package org.babysteps.outcomes.link.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.link.CreatedLink;
import org.babysteps.outcomes.link.LinkCreation;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.UkTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff make a parent's self-completion link from the family's questionnaires page. The link is shown once, on the
 * answer to the POST, to copy to the parent (the platform does not send it yet).
 */
@Controller
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class LinkController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);

    private final LinkCreation links;
    private final String publicUrl;

    LinkController(LinkCreation links, @Value("${babysteps.public-url}") String publicUrl) {
        this.links = links;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @PostMapping("/families/{id}/questionnaire-links")
    String create(@PathVariable UUID id, @RequestParam(required = false) UUID participant,
                  @RequestParam(required = false) String timePoint, Model model) {
        model.addAttribute("familyId", id);
        try {
            CreatedLink link = links.create(new FamilyId(id), participant, timePoint);
            model.addAttribute("link", link);
            model.addAttribute("url", publicUrl + "/q/" + link.token());
            model.addAttribute("expires", WHEN.format(link.expiresAt().atZone(UkTime.ZONE)).replace("AM", "am")
                    .replace("PM", "pm"));
        } catch (RuleViolationException refused) {
            model.addAttribute("problem", refused);
        }
        return "outcomes/link/created";
    }
}
