package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.babysteps.platform.AgencyId;
import org.babysteps.site.SiteChangeRejectedException;

/**
 * The steering group's rules: members come from the partnership or name their organisation; only people who
 * were members on the day attend a meeting; actions are owned by a current member; leaving and completing are
 * dated no later than today and happen once.
 */
public class SteeringRules {

    public void checkMember(NewMember member, Set<AgencyId> partnerAgencies) {
        require(member.name(), "name", "Enter the member's name");
        boolean typed = member.organisation() != null && !member.organisation().isBlank();
        if (member.agencyId() == null && !typed) {
            throw new SiteChangeRejectedException("agencyId", "Select the member's agency or enter their organisation");
        }
        if (member.agencyId() != null && typed) {
            throw new SiteChangeRejectedException("organisation", "Either select a partner agency or enter another organisation, not both");
        }
        if (member.agencyId() != null && !partnerAgencies.contains(member.agencyId())) {
            throw new SiteChangeRejectedException("agencyId", "Select an agency of this site's partnership");
        }
        require(member.role(), "role", "Enter the member's role");
        if (member.seniority() == null) {
            throw new SiteChangeRejectedException("seniority", "Select the member's seniority");
        }
    }

    public void checkLeaving(SteeringMember member, LocalDate leftOn, LocalDate today) {
        if (!member.active()) {
            throw new SiteChangeRejectedException(null, member.name() + " has already left the steering group");
        }
        notAfterToday(leftOn, today, "leftOn", "Leaving date");
    }

    public void checkMeeting(MeetingRecord meeting, Collection<SteeringMember> siteMembers, LocalDate today) {
        if (meeting.heldOn() == null) {
            throw new SiteChangeRejectedException("heldOn", "Enter the date of the meeting");
        }
        Map<UUID, SteeringMember> byId = siteMembers.stream().collect(Collectors.toMap(SteeringMember::id, Function.identity()));
        for (UUID attendee : meeting.attendeeIds()) {
            SteeringMember member = byId.get(attendee);
            if (member == null) {
                throw new SiteChangeRejectedException("attendeeIds", "Select attendees from this site's steering group");
            }
            if (!member.memberOn(meeting.heldOn())) {
                throw new SiteChangeRejectedException("attendeeIds", member.name() + " had left the group before the meeting");
            }
        }
        if (meeting.heldOn().isAfter(today) && !meeting.attendeeIds().isEmpty()) {
            throw new SiteChangeRejectedException("attendeeIds", "Record who attended once the meeting has taken place");
        }
        if (!meeting.heldOn().isAfter(today) && meeting.attendeeIds().isEmpty()) {
            throw new SiteChangeRejectedException("attendeeIds", "Select who attended the meeting");
        }
    }

    public void checkAction(NewAction action, SteeringMember owner) {
        require(action.description(), "description", "Enter what needs doing");
        if (owner == null) {
            throw new SiteChangeRejectedException("ownerId", "Select who owns the action from the steering group");
        }
        if (!owner.active()) {
            throw new SiteChangeRejectedException("ownerId", owner.name() + " has left the group: select a current member");
        }
        if (action.dueOn() == null) {
            throw new SiteChangeRejectedException("dueOn", "Enter the date the action is due");
        }
    }

    public void checkCompletion(SteeringAction action, LocalDate doneOn, LocalDate today) {
        if (action.status() == ActionStatus.DONE) {
            throw new SiteChangeRejectedException(null, "This action was already marked done");
        }
        notAfterToday(doneOn, today, "doneOn", "Date done");
    }

    private static void notAfterToday(LocalDate date, LocalDate today, String field, String label) {
        if (date == null) {
            throw new SiteChangeRejectedException(field, "Enter the " + label.toLowerCase());
        }
        if (date.isAfter(today)) {
            throw new SiteChangeRejectedException(field, label + " must be today or in the past");
        }
    }

    private static void require(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new SiteChangeRejectedException(field, message);
        }
    }
}
