package org.babysteps.delivery.web;

import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.DeliveryRuleException;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.GroupPlanning;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.Registers;
import org.babysteps.delivery.Roster;
import org.babysteps.delivery.SessionId;
import org.babysteps.delivery.SessionView;
import org.babysteps.delivery.VenueId;
import org.babysteps.delivery.Venues;
import org.babysteps.platform.web.RuleErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One session: its page, and a site lead moving, cancelling, staffing it or recording a co-facilitation exception. */
@Controller
class SessionController {

    private final GroupQueries queries;
    private final GroupPlanning planning;
    private final Registers registers;
    private final Venues venues;
    private final Roster roster;

    SessionController(GroupQueries queries, GroupPlanning planning, Registers registers, Venues venues, Roster roster) {
        this.queries = queries;
        this.planning = planning;
        this.registers = registers;
        this.venues = venues;
        this.roster = roster;
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("sheet", registers.sheet(new SessionId(id)));
        model.addAttribute("today", UkTime.today());
        return "delivery/session";
    }

    @GetMapping("/sessions/{id}/change")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String changeForm(@PathVariable UUID id, Model model) {
        SessionView session = queries.session(new SessionId(id));
        model.addAttribute("change", SessionChangeForm.of(session));
        return changePage(session, model);
    }

    @PostMapping("/sessions/{id}/change")
    @PreAuthorize("hasRole('SITE_LEAD')")
    String change(@PathVariable UUID id, @ModelAttribute("change") SessionChangeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SessionId sessionId = new SessionId(id);
        SessionView session = queries.session(sessionId);
        form.validate(errors);
        LocalDate date = DateFields.parse(form.getDate(), "date", "the date", form.isMoving(), errors);
        LocalTime time = form.isMoving() ? DateFields.parseTime(form.getTime(), "time", errors) : null;
        if (!errors.hasErrors()) {
            try {
                apply(sessionId, form, date, time);
                redirect.addFlashAttribute("success", form.successMessage());
                return "redirect:/sessions/" + id;
            } catch (DeliveryRuleException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        return changePage(session, model);
    }

    private void apply(SessionId id, SessionChangeForm form, LocalDate date, LocalTime time) {
        switch (form.getAction()) {
            case "move" -> planning.move(id, date, time, form.getVenueId() == null ? null : new VenueId(form.getVenueId()));
            case "cancel" -> planning.cancel(id, form.getReason());
            case "exception" -> planning.recordException(id, form.getReason());
            case "facilitators" -> planning.staff(id, form.getFacilitators().stream().map(FacilitatorId::new).toList());
            default -> throw new DeliveryRuleException("action", "Select what you want to change");
        }
    }

    private String changePage(SessionView session, Model model) {
        model.addAttribute("session", session);
        model.addAttribute("venues", venues.atSite(session.siteId()));
        model.addAttribute("roster", roster.atSite(session.siteId()));
        model.addAttribute("actions", List.of("move", "cancel", "facilitators", "exception"));
        return "delivery/session-change";
    }
}
