package org.babysteps.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.babysteps.platform.UkTime;
import org.babysteps.delivery.internal.AttendanceStore;
import org.babysteps.delivery.internal.EnrolmentStore;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.delivery.internal.HomeVisitStore;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.Access;
import org.babysteps.programme.CompletionPolicy;
import org.babysteps.programme.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the programme's completion rule whenever attendance or home visits change. */
@Service
@Transactional
public class CompletionTracker {

    private final GroupStore groups;
    private final EnrolmentStore enrolments;
    private final AttendanceStore attendance;
    private final HomeVisitStore visits;
    private final Families families;
    private final Programmes programmes;
    private final Access access;
    private final Clock clock = UkTime.clock();

    CompletionTracker(GroupStore groups, EnrolmentStore enrolments, AttendanceStore attendance, HomeVisitStore visits,
                      Families families, Programmes programmes, Access access) {
        this.groups = groups;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.visits = visits;
        this.families = families;
        this.programmes = programmes;
        this.access = access;
    }

    public void reassessGroup(GroupId groupId) {
        Group group = groups.find(groupId, access.scope()).orElseThrow();
        CompletionPolicy policy = policy(group);
        Map<FamilyId, Integer> attended = attendance.sessionsAttended(groupId);
        for (Enrolment enrolment : enrolments.ofGroup(groupId)) {
            if (enrolment.status() == EnrolmentStatus.ENROLLED
                    && policy.isComplete(visitsDone(enrolment.familyId()), attended.getOrDefault(enrolment.familyId(), 0))) {
                enrolments.setStatus(enrolment.id(), EnrolmentStatus.COMPLETED);
                families.reachStage(enrolment.familyId(), JourneyStage.COMPLETED, LocalDate.now(clock));
            }
        }
    }

    /** After a home visit: reassess the group the family is enrolled in, if any. */
    public void reassessFamily(FamilyId family) {
        enrolments.livePlace(family).filter(place -> place.status() == EnrolmentStatus.ENROLLED)
                .ifPresent(place -> reassessGroup(place.groupId()));
    }

    private Set<String> visitsDone(FamilyId family) {
        return visits.ofFamily(family, access.scope()).stream().filter(HomeVisit::done).map(HomeVisit::contactCode)
                .collect(Collectors.toSet());
    }

    private CompletionPolicy policy(Group group) {
        return new CompletionPolicy(programmes.find(group.programmeId(), group.programmeVersion()).orElseThrow().completion());
    }
}
