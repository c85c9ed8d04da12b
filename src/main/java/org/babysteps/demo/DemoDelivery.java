package org.babysteps.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.delivery.AttendanceStatus;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupPlanning;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.delivery.HomeVisitRecord;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.delivery.NewGroup;
import org.babysteps.delivery.Registers;
import org.babysteps.delivery.Roster;
import org.babysteps.delivery.SessionView;
import org.babysteps.delivery.VenueId;
import org.babysteps.delivery.Venues;
import org.babysteps.family.FamilyId;
import org.babysteps.family.JourneyStage;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.springframework.stereotype.Component;

/**
 * Each demo site gets a facilitator pair, a venue, a finished group and one in progress, and families at every
 * stage of the journey, all dated relative to today so the demo always looks current.
 */
@Component
class DemoDelivery {

    private final Roster roster;
    private final Venues venues;
    private final GroupPlanning planning;
    private final GroupQueries queries;
    private final Enrolments enrolments;
    private final Registers registers;
    private final HomeVisits homeVisits;
    private final Programmes programmes;
    private final DemoFamilies families;
    private final Practitioners practitioners;

    DemoDelivery(Roster roster, Venues venues, GroupPlanning planning, GroupQueries queries, Enrolments enrolments,
                 Registers registers, HomeVisits homeVisits, Programmes programmes, DemoFamilies families,
                 Practitioners practitioners) {
        this.practitioners = practitioners;
        this.roster = roster;
        this.venues = venues;
        this.planning = planning;
        this.queries = queries;
        this.enrolments = enrolments;
        this.registers = registers;
        this.homeVisits = homeVisits;
        this.programmes = programmes;
        this.families = families;
    }

    record Pair(FacilitatorId health, FacilitatorId childrens) {
        List<FacilitatorId> both() {
            return List.of(health, childrens);
        }
    }

    void seed(SiteId site, String place, UserId midwife, String midwifeName, UserId fsw, String fswName, boolean withException) {
        LocalDate today = LocalDate.now();
        practitioner(site, midwife, midwifeName, Profession.MIDWIFE);
        practitioner(site, fsw, fswName, Profession.FAMILY_SUPPORT_WORKER);
        Pair pair = new Pair(roster.add(site, midwife, midwifeName, "HEALTH", today.minusYears(1)),
                roster.add(site, fsw, fswName, "CHILDRENS_SERVICES", today.minusYears(1)));
        VenueId venue = venues.add(site, place + " Family Hub (demo)", "1 Demo Street, " + place, 30,
                "Step-free access, buggy park, bus stop outside");

        LocalDate finishedStart = today.minusWeeks(20).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY));
        GroupId finished = group(site, place + " Tuesday mornings (finished)", venue, finishedStart, pair);
        LocalDate runningStart = today.minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        GroupId running = group(site, place + " Thursday mornings", venue, runningStart, pair);

        List<FamilyId> finishedFamilies = enrolFamilies(site, finished, finishedStart, 4, pair);
        if (withException) {
            SessionView fifth = queries.sessions(finished).get(4);
            planning.staff(fifth.id(), List.of(pair.health()));
            planning.recordException(fifth.id(), "Family support worker off sick; the midwife ran the session alone "
                    + "with the children's centre manager present.");
        }
        saveRegisters(finished, finishedFamilies.get(3), 2);
        enrolments.withdraw(finished, finishedFamilies.get(3));
        for (FamilyId family : finishedFamilies.subList(0, 3)) {
            LocalDate born = finishedStart.plusWeeks(12);
            families.born(family, born);
            visit(family, "postnatal-visit", born.plusWeeks(3), pair, true);
        }

        enrolFamilies(site, running, runningStart, 3, pair);
        saveRegistersBefore(running, today);
        seedJourneyStages(site, today, runningStart.plusWeeks(6), pair);
    }

    private void practitioner(SiteId site, UserId user, String name, Profession profession) {
        practitioners.add(new PractitionerDetails(user, name, null, profession, Set.of(site),
                LocalDate.now().minusYears(2), null, new BigDecimal("7.5"), Set.of(ProgrammeRole.FACILITATOR)));
    }

    private GroupId group(SiteId site, String name, VenueId venue, LocalDate start, Pair pair) {
        return planning.create(new NewGroup(site, programmes.defaultProgramme().id(), name, venue, false, start,
                LocalTime.of(10, 0), 120, pair.both()));
    }

    /** Families due 12 weeks after the first session (28 weeks pregnant at it), visited before it starts. */
    private List<FamilyId> enrolFamilies(SiteId site, GroupId group, LocalDate start, int count, Pair pair) {
        List<FamilyId> enrolled = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            FamilyId family = families.refer(site, start.minusWeeks(6), start.plusWeeks(12).plusDays(i), i % 2 == 0);
            families.step(family, JourneyStage.CONTACTED, start.minusWeeks(5), null);
            visit(family, "antenatal-visit", start.minusWeeks(4), pair, null);
            enrolments.enrol(group, family, false);
            enrolled.add(family);
        }
        return enrolled;
    }

    private void visit(FamilyId family, String code, LocalDate on, Pair pair, Boolean talkAndListen) {
        homeVisits.save(family, code, new HomeVisitRecord(on, on, 60, "Demo visit: went well.", talkAndListen,
                pair.both(), 0));
    }

    /** Every past session's register; the leaver stops attending after {@code leaverSessions}. */
    private void saveRegisters(GroupId group, FamilyId leaver, int leaverSessions) {
        int number = 0;
        for (SessionView session : queries.sessions(group)) {
            number++;
            Map<UUID, AttendanceStatus> marks = new HashMap<>();
            for (var line : registers.sheet(session.id()).lines()) {
                boolean left = line.familyId().equals(leaver) && number > leaverSessions;
                marks.put(line.participantId(), left || (number + line.name().length()) % 7 == 0
                        ? AttendanceStatus.ABSENT_WITH_NOTICE : AttendanceStatus.PRESENT);
            }
            registers.save(session.id(), session.registerVersion(), marks);
        }
    }

    /** Registers of past sessions, except the latest, which is left for the facilitators to save. */
    private void saveRegistersBefore(GroupId group, LocalDate today) {
        List<SessionView> past = queries.sessions(group).stream().filter(s -> s.plannedDate().isBefore(today)).toList();
        for (SessionView session : past.subList(0, Math.max(0, past.size() - 1))) {
            Map<UUID, AttendanceStatus> marks = new HashMap<>();
            registers.sheet(session.id()).lines().forEach(line -> marks.put(line.participantId(), AttendanceStatus.PRESENT));
            registers.save(session.id(), session.registerVersion(), marks);
        }
    }

    /** One family at each remaining stage: new referrals, contacted, visited, and each way of leaving. */
    private void seedJourneyStages(SiteId site, LocalDate today, LocalDate nextGroupDue, Pair pair) {
        families.refer(site, today.minusDays(3), nextGroupDue.plusWeeks(14), true);
        families.refer(site, today.minusDays(1), nextGroupDue.plusWeeks(15), false);
        FamilyId contacted = families.refer(site, today.minusWeeks(2), nextGroupDue.plusWeeks(13), true);
        families.step(contacted, JourneyStage.CONTACTED, today.minusWeeks(1), null);
        FamilyId visited = families.refer(site, today.minusWeeks(4), nextGroupDue.plusWeeks(12), false);
        families.step(visited, JourneyStage.CONTACTED, today.minusWeeks(3), null);
        visit(visited, "antenatal-visit", today.minusWeeks(2), pair, null);
        leave(site, today, JourneyStage.DECLINED, "Did not want to attend a group");
        leave(site, today, JourneyStage.NOT_ELIGIBLE, "Already attending another antenatal programme");
        leave(site, today, JourneyStage.MOVED_AWAY, "Moved out of the area");
    }

    private void leave(SiteId site, LocalDate today, JourneyStage stage, String reason) {
        FamilyId family = families.refer(site, today.minusWeeks(5), today.plusWeeks(16), false);
        families.step(family, stage, today.minusWeeks(4), reason);
    }
}
