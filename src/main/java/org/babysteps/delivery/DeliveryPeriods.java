package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.babysteps.delivery.internal.CoFacilitationFacts;
import org.babysteps.delivery.internal.FamilyAttendanceQuery;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.delivery.internal.HomeVisitStore;
import org.babysteps.delivery.internal.PeriodQuery;
import org.babysteps.delivery.internal.SessionStore;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.CoFacilitationRule;
import org.babysteps.programme.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's delivery over a reporting period, for licence compliance and evidence for commissioners. Every answer
 * is limited to the caller's sites in SQL; none names a family.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryPeriods {

    private final SessionStore sessions;
    private final HomeVisitStore visits;
    private final GroupStore groups;
    private final PeriodQuery periods;
    private final FamilyAttendanceQuery attendance;
    private final Programmes programmes;
    private final Access access;

    DeliveryPeriods(SessionStore sessions, HomeVisitStore visits, GroupStore groups, PeriodQuery periods,
                    Programmes programmes, Access access, FamilyAttendanceQuery attendance) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.visits = visits;
        this.groups = groups;
        this.periods = periods;
        this.programmes = programmes;
        this.access = access;
    }

    /** Every session dated from..to, each checked against its group's co-facilitation rule on its date. */
    public List<CheckedSession> sessions(SiteId site, LocalDate from, LocalDate to) {
        Map<GroupId, CoFacilitationRule> rules = new HashMap<>();
        return sessions.between(access.scope(), site, from, to).stream()
                .map(session -> new CheckedSession(session,
                        CoFacilitationFacts.check(rules.computeIfAbsent(session.groupId(), this::rule), session)))
                .toList();
    }

    /** Home visits planned from..to, done or not. */
    public List<HomeVisit> homeVisitsPlanned(SiteId site, LocalDate from, LocalDate to) {
        return visits.plannedAt(access.scope(), site, from, to);
    }

    /** The places (enrolled, completed or withdrawn) in groups whose last session fell from..to. */
    public List<FinishedPlace> finishedPlaces(SiteId site, LocalDate from, LocalDate to) {
        return periods.finishedPlaces(site, access.scope(), from, to);
    }

    /**
     * Each family's latest group and the group sessions it attended, for an evaluator's data set. Families of other
     * sites, or that the caller may not see, come back with no group and no sessions: nothing of them is read.
     */
    public Map<FamilyId, FamilyAttendance> attendance(SiteId site, Collection<FamilyId> families) {
        return attendance.of(site, families, access.scope());
    }

    public DeliveryCounts counts(SiteId site, LocalDate from, LocalDate to) {
        return periods.counts(site, access.scope(), from, to);
    }

    private CoFacilitationRule rule(GroupId id) {
        Group group = groups.find(id, access.scope()).orElseThrow();
        return programmes.find(group.programmeId(), group.programmeVersion())
                .orElseThrow(() -> new IllegalStateException("Programme not loaded: " + group.programmeId()))
                .coFacilitation();
    }
}
