package org.babysteps.delivery;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.babysteps.platform.UkTime;
import org.babysteps.delivery.internal.GroupSummaryQuery;
import org.babysteps.delivery.internal.HomeVisitStore;
import org.babysteps.delivery.internal.SessionStore;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What home pages show: a facilitator's week, and a site's groups with fill and fidelity at a glance. */
@Service
@Transactional(readOnly = true)
public class DeliveryOverview {

    private final SessionStore sessions;
    private final HomeVisitStore visits;
    private final GroupSummaryQuery groupSummaries;
    private final Families families;
    private final org.babysteps.delivery.internal.ExceptionQuery exceptions;
    private final org.babysteps.delivery.internal.DeliveredByQuery deliveredBy;
    private final Access access;
    private final org.babysteps.delivery.internal.PlannedHoursQuery plannedHours;
    private final Clock clock = UkTime.clock();

    DeliveryOverview(SessionStore sessions, HomeVisitStore visits, GroupSummaryQuery groupSummaries, Families families,
                     org.babysteps.delivery.internal.ExceptionQuery exceptions, Access access,
                     org.babysteps.delivery.internal.PlannedHoursQuery plannedHours,
                     org.babysteps.delivery.internal.DeliveredByQuery deliveredBy) {
        this.plannedHours = plannedHours;
        this.deliveredBy = deliveredBy;
        this.exceptions = exceptions;
        this.sessions = sessions;
        this.visits = visits;
        this.groupSummaries = groupSummaries;
        this.families = families;
        this.access = access;
    }

    public FacilitatorWeek facilitatorWeek() {
        CurrentUser user = access.currentUser();
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<HomeVisit> plannedVisits = visits.plannedFor(user.userId(), monday, sunday);
        Map<FamilyId, String> names = families.findAll(plannedVisits.stream().map(HomeVisit::familyId).toList())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().displayName()));
        List<FamilySummary> toContact = user.siteIds().stream()
                .flatMap(site -> families.atStage(site, JourneyStage.REFERRED).stream())
                .toList();
        return new FacilitatorWeek(monday, sunday, sessions.facilitatedBy(user.userId(), monday, sunday), plannedVisits,
                sessions.registersDue(access.scope(), null, user.userId(), today), toContact, names);
    }

    /**
     * Of these people, those who went on to facilitate at least one delivered group session. Counts only: used for
     * the licensor's train-the-trainer lineage, so it reveals no family or site data.
     */
    public java.util.Set<org.babysteps.platform.UserId> deliveredAnySession(java.util.Collection<org.babysteps.platform.UserId> users) {
        return deliveredBy.deliveredAny(users);
    }

    /** Co-facilitation exceptions across the caller's sites, newest first: the licensor reviews them all. */
    public List<CoFacilitationException> coFacilitationExceptions() {
        return exceptions.recent(access.scope(), 200);
    }

    public List<GroupSummary> groupsAt(SiteId site) {
        return groupSummaries.atSite(site, access.scope(), LocalDate.now(clock));
    }

    public int sessionsNeedingCover(SiteId site) {
        return groupSummaries.sessionsNeedingCover(site, access.scope(), LocalDate.now(clock));
    }

    public List<SessionView> registersDueAt(SiteId site) {
        return sessions.registersDue(access.scope(), site, null, LocalDate.now(clock));
    }

    /**
     * Group sessions still planned at a site from..to (both included), per day with their total length: what the
     * workforce capacity check must staff. Delivered and cancelled sessions are not demand.
     */
    public List<PlannedSessionHours> plannedSessionHours(SiteId site, LocalDate from, LocalDate to) {
        return plannedHours.perDay(site, access.scope(), from, to);
    }

    /** Planned sessions on one day at a site and their minutes together (each needs a pair of facilitators). */
    public record PlannedSessionHours(LocalDate date, int sessions, int minutes) {
    }
}
