package org.babysteps.delivery;

import java.util.List;
import org.babysteps.delivery.internal.AttendanceStore;
import org.babysteps.delivery.internal.EnrolmentStore;
import org.babysteps.delivery.internal.GroupStore;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The groups a family has had a place in, newest first, with sessions attended. */
@Service
@Transactional(readOnly = true)
public class FamilyPlaces {

    private final EnrolmentStore enrolments;
    private final GroupStore groups;
    private final AttendanceStore attendance;
    private final Access access;

    FamilyPlaces(EnrolmentStore enrolments, GroupStore groups, AttendanceStore attendance, Access access) {
        this.enrolments = enrolments;
        this.groups = groups;
        this.attendance = attendance;
        this.access = access;
    }

    public record Place(Enrolment enrolment, Group group, int sessionsAttended) {
    }

    public List<Place> of(FamilyId family) {
        int attended = attendance.sessionsAttended(family);
        return enrolments.ofFamily(family).stream()
                .flatMap(enrolment -> groups.find(enrolment.groupId(), access.scope()).stream()
                        .map(group -> new Place(enrolment, group, enrolment.status().live()
                                || enrolment.status() == EnrolmentStatus.COMPLETED ? attended : 0)))
                .toList();
    }
}
