package org.babysteps.site.steering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.SteeringActionSummary;
import org.babysteps.site.SteeringGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a site's steering group: members, meetings and actions, limited to the caller's sites. */
@Service
@Transactional(readOnly = true)
public class SteeringGroupService implements SteeringGroups {

    private final SteeringMemberStore members;
    private final SteeringMeetingStore meetings;
    private final SteeringActionStore actions;
    private final Access access;

    SteeringGroupService(SteeringMemberStore members, SteeringMeetingStore meetings, SteeringActionStore actions,
                         Access access) {
        this.members = members;
        this.meetings = meetings;
        this.actions = actions;
        this.access = access;
    }

    @Override
    public List<SteeringActionSummary> overdueActions(SiteId site) {
        return actions.overdue(site, UkTime.today(), access.scope()).stream()
                .map(a -> new SteeringActionSummary(a.id(), a.site(), a.description(), a.ownerName(), a.dueOn()))
                .toList();
    }

    /** Current members first, then those who left. */
    public List<SteeringMember> members(SiteId site) {
        return members.ofSite(site, access.scope());
    }

    public Optional<SteeringMember> member(SiteId site, UUID memberId) {
        return members.find(site, memberId, access.scope());
    }

    /** Newest first. */
    public List<SteeringMeeting> meetings(SiteId site) {
        return meetings.ofSite(site, access.scope());
    }

    public Optional<SteeringMeeting> meeting(SiteId site, UUID meetingId) {
        return meetings.find(site, meetingId, access.scope());
    }

    /** Open actions by due date, then done ones. */
    public List<SteeringAction> actions(SiteId site) {
        return actions.ofSite(site, access.scope());
    }

    public Optional<SteeringAction> action(SiteId site, UUID actionId) {
        return actions.find(site, actionId, access.scope());
    }
}
