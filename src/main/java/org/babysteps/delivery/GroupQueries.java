package org.babysteps.delivery;

import java.util.List;
import java.util.Map;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.AttendanceStore;
import org.babysteps.delivery.internal.EnrolmentStore;
import org.babysteps.delivery.internal.FacilitatorStore;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.delivery.internal.SessionStore;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading one group: its sessions, its families and its facilitators, within the caller's sites. */
@Service
@Transactional(readOnly = true)
public class GroupQueries {

    private final GroupStore groups;
    private final SessionStore sessions;
    private final EnrolmentStore enrolments;
    private final AttendanceStore attendance;
    private final FacilitatorStore facilitators;
    private final Families families;
    private final Access access;
    private final AuditLog auditLog;

    GroupQueries(GroupStore groups, SessionStore sessions, EnrolmentStore enrolments, AttendanceStore attendance,
                 FacilitatorStore facilitators, Families families, Access access, AuditLog auditLog) {
        this.groups = groups;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.facilitators = facilitators;
        this.families = families;
        this.access = access;
        this.auditLog = auditLog;
    }

    public Group group(GroupId id) {
        return groups.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Group"));
    }

    public List<Group> atSite(org.babysteps.platform.SiteId site) {
        return groups.atSite(site, access.scope());
    }

    public List<SessionView> sessions(GroupId id) {
        group(id);
        return sessions.forGroup(id);
    }

    /** The families in the group (a read of personal data, so audited). */
    public List<GroupPlace> places(GroupId id) {
        Group group = group(id);
        List<Enrolment> places = enrolments.ofGroup(id);
        Map<FamilyId, FamilySummary> summaries = families.findAll(places.stream().map(Enrolment::familyId).toList());
        Map<FamilyId, Integer> attended = attendance.sessionsAttended(id);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "group-families", id, group.siteId()));
        return places.stream().filter(place -> summaries.containsKey(place.familyId()))
                .map(place -> new GroupPlace(place, summaries.get(place.familyId()),
                        attended.getOrDefault(place.familyId(), 0)))
                .toList();
    }

    public List<Facilitator> facilitators(GroupId id) {
        group(id);
        return facilitators.findAll(groups.facilitators(id));
    }

    /**
     * Who facilitates the family's current group (its live place, or else the group it last completed), as user
     * ids, for telling them about the family; empty when the family is not in a group or not in the caller's sites.
     */
    public java.util.Set<org.babysteps.platform.UserId> facilitatorUsersOfFamily(FamilyId family) {
        return facilitators.userIdsOfFamilysGroup(family, org.babysteps.platform.UkTime.today(), access.scope());
    }

    /**
     * Who works with the family, as user ids: the facilitators (still in post) of every group it has or had a place
     * in (not a waiting-list place, not one it withdrew from) and whoever visited it at home. Empty for a family not
     * in the caller's sites. For deciding who may see the family's most private records, such as its films.
     */
    public java.util.Set<org.babysteps.platform.UserId> practitionerUsersOfFamily(FamilyId family) {
        return facilitators.userIdsWorkingWithFamily(family, org.babysteps.platform.UkTime.today(), access.scope());
    }

    public SessionView session(SessionId id) {
        return sessions.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Session"));
    }
}
