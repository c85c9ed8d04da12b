package org.babysteps.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.internal.FacilitatorStore;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.delivery.internal.SessionSchedule;
import org.babysteps.delivery.internal.SessionStore;
import org.babysteps.delivery.internal.VenueStore;
import org.babysteps.identity.Access;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating groups with their planned sessions, and moving, cancelling and staffing sessions. */
@Service
@Transactional
public class GroupPlanning {

    private final GroupStore groups;
    private final SessionStore sessions;
    private final VenueStore venues;
    private final FacilitatorStore facilitators;
    private final Programmes programmes;
    private final Access access;
    private final AuditLog auditLog;

    GroupPlanning(GroupStore groups, SessionStore sessions, VenueStore venues, FacilitatorStore facilitators,
                  Programmes programmes, Access access, AuditLog auditLog) {
        this.groups = groups;
        this.sessions = sessions;
        this.venues = venues;
        this.facilitators = facilitators;
        this.programmes = programmes;
        this.access = access;
        this.auditLog = auditLog;
    }

    public GroupId create(NewGroup group) {
        SiteScope scope = access.scope();
        if (!scope.includes(group.siteId())) {
            throw new NotFoundException("Site");
        }
        ProgrammeDefinition programme = programmes.find(group.programmeId())
                .orElseThrow(() -> new DeliveryRuleException("programmeId", "Select a programme"));
        checkVenue(group.siteId(), group.venueId(), group.online(), "venueId");
        checkFacilitators(group.siteId(), group.facilitators(), group.startDate(), "facilitators");
        GroupId id = GroupId.random();
        groups.insert(new Group(id, group.siteId(), programme.id(), programme.version(), group.name().trim(),
                group.venueId(), group.online(), group.startDate(), group.startTime(), group.durationMinutes(),
                programme.groupRules().maxFamilies(), 0), group.facilitators());
        for (SessionSchedule.PlannedSession planned : SessionSchedule.plan(programme, group.startDate(), group.startTime())) {
            sessions.insert(SessionId.random(), id, group.siteId(), planned, group.venueId(), group.facilitators());
        }
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "group", id, group.siteId()));
        return id;
    }

    /** Moves a planned session; it can never fall before the group's first session. */
    public void move(SessionId id, LocalDate date, LocalTime time, VenueId venue) {
        SessionView session = plannedSession(id);
        Group group = groups.find(session.groupId(), access.scope()).orElseThrow(() -> new NotFoundException("Group"));
        if (date.isBefore(group.startDate())) {
            throw new DeliveryRuleException("date", "Date must be on or after the group's first session, "
                    + DeliveryFormats.date(group.startDate()));
        }
        if (date.isAfter(group.startDate().plusYears(1))) {
            throw new DeliveryRuleException("date", "Date must be within a year of the group's first session");
        }
        checkVenue(session.siteId(), venue, group.online(), "venueId");
        sessions.move(id, date, time, venue);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "session", id, session.siteId()).withDetail("moved"));
    }

    public void cancel(SessionId id, String reason) {
        SessionView session = plannedSession(id);
        sessions.cancel(id, reason.trim());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "session", id, session.siteId()).withDetail("cancelled"));
    }

    public void staff(SessionId id, List<FacilitatorId> facilitatorIds) {
        SessionView session = plannedSession(id);
        checkFacilitators(session.siteId(), facilitatorIds, session.plannedDate(), "facilitators");
        sessions.setFacilitators(id, facilitatorIds);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "session", id, session.siteId()).withDetail("facilitators"));
    }

    /** A site lead accepts that a session runs without the co-facilitation the licence asks for, and says why. */
    public void recordException(SessionId id, String reason) {
        SessionView session = plannedSession(id);
        if (session.exceptionReason() != null) {
            // the licensor's fidelity record: an exception once recorded is not rewritten
            throw new DeliveryRuleException("reason", "An exception is already recorded for this session");
        }
        sessions.recordException(id, reason.trim(), access.currentUser().username());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "session", id, session.siteId()).withDetail("co-facilitation exception"));
    }

    private SessionView plannedSession(SessionId id) {
        SessionView session = sessions.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Session"));
        if (session.status() != SessionStatus.PLANNED) {
            throw new DeliveryRuleException(null, "Only a planned session can be changed; this one is "
                    + session.status().name().toLowerCase());
        }
        return session;
    }

    private void checkVenue(SiteId site, VenueId venue, boolean online, String field) {
        if (venue == null) {
            if (!online) {
                throw new DeliveryRuleException(field, "Select a venue, or say the group meets online");
            }
            return;
        }
        Venue found = venues.find(venue, access.scope()).orElse(null);
        if (found == null || !found.siteId().equals(site)) {
            throw new DeliveryRuleException(field, "Select one of the site's venues");
        }
    }

    private void checkFacilitators(SiteId site, List<FacilitatorId> ids, LocalDate from, String field) {
        Set<FacilitatorId> unique = new HashSet<>(ids);
        List<Facilitator> found = facilitators.findAll(unique);
        if (found.size() != unique.size() || found.stream().anyMatch(f -> !f.siteId().equals(site))) {
            throw new DeliveryRuleException(field, "Select facilitators from the site's roster");
        }
        found.stream().filter(f -> !f.inPostOn(from)).findFirst().ifPresent(f -> {
            throw new DeliveryRuleException(field, f.displayName() + " will have left by then");
        });
    }
}
