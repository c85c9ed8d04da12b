package org.babysteps.site.steering.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.steering.MeetingRecord;
import org.babysteps.site.steering.SteeringGroupChanges;
import org.babysteps.site.steering.SteeringGroupService;
import org.babysteps.site.steering.SteeringMeeting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Steering group meetings: one meeting's record (read by everyone who sees the group), recording a new one and
 * completing the record of one afterwards (the site lead or a licensor admin).
 */
@Controller
class SteeringMeetingController {

    private final Sites sites;
    private final SteeringGroupService steering;
    private final SteeringGroupChanges changes;

    SteeringMeetingController(Sites sites, SteeringGroupService steering, SteeringGroupChanges changes) {
        this.sites = sites;
        this.steering = steering;
        this.changes = changes;
    }

    @GetMapping("/sites/{id}/steering/meetings/new")
    @PreAuthorize(SteeringPages.EDITORS)
    String newMeeting(@PathVariable UUID id, Model model) {
        MeetingForm form = new MeetingForm();
        form.setHeldOn(UkTime.today().toString());
        model.addAttribute("meeting", form);
        return form(SteeringPages.site(sites, id), null, model);
    }

    @PostMapping("/sites/{id}/steering/meetings")
    @PreAuthorize(SteeringPages.EDITORS)
    String record(@PathVariable UUID id, @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SiteSummary site = SteeringPages.site(sites, id);
        MeetingRecord record = read(form, errors);
        if (record != null) {
            try {
                UUID meeting = changes.recordMeeting(site.id(), record);
                redirect.addFlashAttribute("success", "Meeting recorded");
                return "redirect:/sites/" + id + "/steering/meetings/" + meeting;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return form(site, null, model);
    }

    @GetMapping("/sites/{id}/steering/meetings/{meetingId}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String show(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        SiteSummary site = SteeringPages.site(sites, id);
        SteeringMeeting meeting = meeting(site, meetingId);
        MeetingForm form = new MeetingForm();
        form.setHeldOn(meeting.heldOn().toString());
        form.setAttendeeIds(new java.util.LinkedHashSet<>(meeting.attendeeIds()));
        form.setMinutes(meeting.minutes());
        form.setDecisions(String.join("\n", meeting.decisions()));
        form.setVersion(meeting.version());
        model.addAttribute("meeting", form);
        return form(site, meeting, model);
    }

    @PostMapping("/sites/{id}/steering/meetings/{meetingId}")
    @PreAuthorize(SteeringPages.EDITORS)
    String update(@PathVariable UUID id, @PathVariable UUID meetingId, @Valid @ModelAttribute("meeting") MeetingForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        SiteSummary site = SteeringPages.site(sites, id);
        SteeringMeeting meeting = meeting(site, meetingId);
        MeetingRecord record = read(form, errors);
        if (record != null) {
            try {
                changes.updateMeeting(site.id(), meetingId, form.getVersion(), record);
                redirect.addFlashAttribute("success", "Meeting record saved");
                return "redirect:/sites/" + id + "/steering/meetings/" + meetingId;
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        return form(site, meeting, model);
    }

    private static MeetingRecord read(MeetingForm form, BindingResult errors) {
        LocalDate heldOn = DateFields.parse(form.getHeldOn(), "heldOn", "the date of the meeting", true, errors);
        return errors.hasErrors() ? null
                : new MeetingRecord(heldOn, form.getAttendeeIds(), form.getMinutes(), SteeringPages.lines(form.getDecisions()));
    }

    /** The new-meeting form, or (with {@code meeting}) one meeting's record with the form to complete it. */
    private String form(SiteSummary site, SteeringMeeting meeting, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("members", steering.members(site.id()));
        if (meeting == null) {
            return "site/steering/meeting-new";
        }
        model.addAttribute("steeringMeeting", meeting);
        model.addAttribute("actions", steering.actions(site.id()).stream()
                .filter(a -> meeting.id().equals(a.meetingId())).toList());
        return "site/steering/meeting";
    }

    private SteeringMeeting meeting(SiteSummary site, UUID meetingId) {
        return steering.meeting(site.id(), meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
    }
}
