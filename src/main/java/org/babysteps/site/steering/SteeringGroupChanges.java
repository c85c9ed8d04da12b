package org.babysteps.site.steering;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.Agency;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.internal.AgencyStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a site's steering group (its site lead or a licensor admin). Each change is checked against
 * {@link SteeringRules}, saved whole or not at all, and audited with who changed what.
 */
@Service
@Transactional
public class SteeringGroupChanges {

    private static final String STALE = "Someone else changed this while you were editing it. Check the details and try again.";

    private final SteeringMemberStore members;
    private final SteeringMeetingStore meetings;
    private final SteeringActionStore actions;
    private final AgencyStore agencies;
    private final Access access;
    private final AuditLog auditLog;
    private final SteeringRules rules = new SteeringRules();

    SteeringGroupChanges(SteeringMemberStore members, SteeringMeetingStore meetings, SteeringActionStore actions,
                         AgencyStore agencies, Access access, AuditLog auditLog) {
        this.members = members;
        this.meetings = meetings;
        this.actions = actions;
        this.agencies = agencies;
        this.access = access;
        this.auditLog = auditLog;
    }

    public UUID addMember(SiteId site, NewMember member) {
        requireEditorOf(site);
        Set<AgencyId> partners = agencies.ofSite(site, access.scope()).stream().map(Agency::id).collect(Collectors.toSet());
        rules.checkMember(member, partners);
        UUID id = UUID.randomUUID();
        members.insert(id, site, member);
        audit(AuditAction.CREATE, "steering-member", id, site, "joined as " + member.role().trim() + ", " + member.seniority());
        return id;
    }

    public void memberLeft(SiteId site, UUID memberId, int version, LocalDate leftOn) {
        requireEditorOf(site);
        SteeringMember member = members.find(site, memberId, access.scope()).orElseThrow(() -> new NotFoundException("Member"));
        rules.checkLeaving(member, leftOn, UkTime.today());
        if (!members.leave(memberId, version, leftOn)) {
            throw new SiteChangeRejectedException(null, STALE);
        }
        audit(AuditAction.UPDATE, "steering-member", memberId, site, "left on " + leftOn);
    }

    public UUID recordMeeting(SiteId site, MeetingRecord meeting) {
        requireEditorOf(site);
        rules.checkMeeting(meeting, members.ofSite(site, access.scope()), UkTime.today());
        UUID id = UUID.randomUUID();
        meetings.insert(id, site, meeting);
        audit(AuditAction.CREATE, "steering-meeting", id, site, describe(meeting));
        return id;
    }

    public void updateMeeting(SiteId site, UUID meetingId, int version, MeetingRecord meeting) {
        requireEditorOf(site);
        meetings.find(site, meetingId, access.scope()).orElseThrow(() -> new NotFoundException("Meeting"));
        rules.checkMeeting(meeting, members.ofSite(site, access.scope()), UkTime.today());
        if (!meetings.update(meetingId, version, meeting)) {
            throw new SiteChangeRejectedException(null, STALE);
        }
        audit(AuditAction.UPDATE, "steering-meeting", meetingId, site, describe(meeting));
    }

    public UUID addAction(SiteId site, NewAction action) {
        requireEditorOf(site);
        SteeringMember owner = action.ownerId() == null ? null
                : members.find(site, action.ownerId(), access.scope()).orElse(null);
        rules.checkAction(action, owner);
        if (action.meetingId() != null && meetings.find(site, action.meetingId(), access.scope()).isEmpty()) {
            throw new SiteChangeRejectedException("meetingId", "Select a meeting of this site's steering group");
        }
        UUID id = UUID.randomUUID();
        actions.insert(id, site, action);
        audit(AuditAction.CREATE, "steering-action", id, site, "owner " + owner.name() + ", due " + action.dueOn());
        return id;
    }

    public void completeAction(SiteId site, UUID actionId, int version, LocalDate doneOn) {
        requireEditorOf(site);
        SteeringAction action = actions.find(site, actionId, access.scope()).orElseThrow(() -> new NotFoundException("Action"));
        rules.checkCompletion(action, doneOn, UkTime.today());
        if (!actions.complete(actionId, version, doneOn)) {
            throw new SiteChangeRejectedException(null, STALE);
        }
        audit(AuditAction.UPDATE, "steering-action", actionId, site, "done on " + doneOn);
    }

    private static String describe(MeetingRecord meeting) {
        return "held on " + meeting.heldOn() + ", " + meeting.attendeeIds().size() + " attended, "
                + meeting.decisions().size() + " decisions";
    }

    private void audit(AuditAction action, String type, UUID id, SiteId site, String detail) {
        auditLog.record(AuditRecord.of(action, type, id, site).withDetail(detail));
    }

    private void requireEditorOf(SiteId site) {
        if (!access.scope().includes(site)) {
            throw new NotFoundException("Site");
        }
        CurrentUser user = access.currentUser();
        if (!user.has(Role.LICENSOR_ADMIN) && !(user.has(Role.SITE_LEAD) && user.siteIds().contains(site))) {
            throw new AccessDeniedException("Only the site lead or a licensor admin may change the steering group");
        }
    }
}
