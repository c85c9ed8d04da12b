package org.babysteps.outcomes.alert.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.babysteps.identity.Access;
import org.babysteps.outcomes.AlertDetail;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.Referral;
import org.babysteps.outcomes.SafeguardingAlerts;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.web.RuleErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Safeguarding alerts for the people who act on them: a site's leads and the family's facilitators. Licensor staff
 * and commissioners never see these pages (personal data); other sites' alerts are not found.
 */
@Controller
@RequestMapping("/alerts")
@PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
class AlertController {

    /** How many acknowledged alerts the list shows after those still waiting. */
    private static final int RECENTLY_ACKNOWLEDGED = 20;

    private final SafeguardingAlerts alerts;
    private final Access access;

    AlertController(SafeguardingAlerts alerts, Access access) {
        this.alerts = alerts;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("alerts", alerts.listFor(access.currentUser(), RECENTLY_ACKNOWLEDGED));
        return "outcomes/alerts/list";
    }

    @GetMapping("/{alertId}")
    String show(@PathVariable UUID alertId, Model model) {
        AlertDetail alert = alerts.find(new AlertId(alertId));
        model.addAttribute("acknowledgement", AcknowledgementForm.forVersion(alert.version()));
        return detail(alert, model);
    }

    @PostMapping("/{alertId}/acknowledgement")
    String acknowledge(@PathVariable UUID alertId, @Valid @ModelAttribute("acknowledgement") AcknowledgementForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect) {
        AlertId id = new AlertId(alertId);
        if (!errors.hasErrors()) {
            try {
                alerts.acknowledge(id, form.toAcknowledgement());
                redirect.addFlashAttribute("success", "Alert acknowledged: your action has been recorded");
                return "redirect:/alerts/" + id;
            } catch (RuleViolationException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return detail(alerts.find(id), model);
    }

    private static String detail(AlertDetail alert, Model model) {
        model.addAttribute("alert", alert);
        model.addAttribute("referrals", Referral.values());
        return "outcomes/alerts/show";
    }
}
