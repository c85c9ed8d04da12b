package org.babysteps.workforce.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.workforce.AvailabilityLeave;
import org.babysteps.workforce.AvailabilityPartOfDay;
import org.babysteps.workforce.AvailabilitySlot;
import org.babysteps.workforce.PractitionerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Usual weeks and leave. Callers reach a practitioner through a site-scoped read first, so these queries take the
 * practitioner's id as already allowed.
 */
@Repository
public class AvailabilityStore {

    private final JdbcClient jdbc;

    AvailabilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<AvailabilitySlot> usualWeek(PractitionerId practitioner) {
        return new HashSet<>(jdbc.sql("select weekday, part_of_day from practitioner_availability where practitioner_id = ?")
                .param(practitioner.value())
                .query((rs, n) -> new AvailabilitySlot(DayOfWeek.of(rs.getInt("weekday")),
                        AvailabilityPartOfDay.valueOf(rs.getString("part_of_day"))))
                .list());
    }

    public void replaceUsualWeek(PractitionerId practitioner, Set<AvailabilitySlot> slots) {
        jdbc.sql("delete from practitioner_availability where practitioner_id = ?").param(practitioner.value()).update();
        for (AvailabilitySlot slot : slots) {
            jdbc.sql("insert into practitioner_availability (practitioner_id, weekday, part_of_day) values (?, ?, ?)")
                    .params(practitioner.value(), slot.day().getValue(), slot.part().name()).update();
        }
    }

    public List<AvailabilityLeave> leave(PractitionerId practitioner) {
        return jdbc.sql("select * from practitioner_leave where practitioner_id = ? order by starts_on desc")
                .param(practitioner.value()).query((rs, n) -> leave(rs)).list();
    }

    public void addLeave(PractitionerId practitioner, AvailabilityLeave leave, String recordedBy) {
        jdbc.sql("""
                insert into practitioner_leave (id, practitioner_id, starts_on, ends_on, reason, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(leave.id(), practitioner.value(), leave.startsOn(), leave.endsOn(), leave.reason(), recordedBy)
                .update();
    }

    public boolean removeLeave(PractitionerId practitioner, UUID leave) {
        return jdbc.sql("delete from practitioner_leave where id = ? and practitioner_id = ?")
                .params(leave, practitioner.value()).update() == 1;
    }

    /** Leave of these practitioners that overlaps the days from..to, both included. */
    public Map<PractitionerId, List<AvailabilityLeave>> leaveOverlapping(Collection<PractitionerId> practitioners,
                                                                        LocalDate from, LocalDate to) {
        Map<PractitionerId, List<AvailabilityLeave>> byPractitioner = new HashMap<>();
        if (practitioners.isEmpty()) {
            return byPractitioner;
        }
        jdbc.sql("""
                select * from practitioner_leave where practitioner_id = any(:ids)
                and starts_on <= :to and ends_on >= :from order by starts_on""")
                .param("ids", practitioners.stream().map(PractitionerId::value).toArray(UUID[]::new))
                .param("from", from).param("to", to)
                .query((rs, n) -> byPractitioner.computeIfAbsent(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                        id -> new java.util.ArrayList<>()).add(leave(rs)))
                .list();
        return byPractitioner;
    }

    private static AvailabilityLeave leave(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AvailabilityLeave(rs.getObject("id", UUID.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("reason"));
    }
}
