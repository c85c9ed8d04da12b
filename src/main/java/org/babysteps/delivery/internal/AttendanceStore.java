package org.babysteps.delivery.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.delivery.AttendanceStatus;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.SessionId;
import org.babysteps.family.FamilyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per person per session, written a whole register at a time. */
@Repository
public class AttendanceStore {

    private final JdbcClient jdbc;

    AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Mark(UUID participantId, FamilyId familyId, AttendanceStatus status) {
    }

    public Map<UUID, AttendanceStatus> ofSession(SessionId session) {
        Map<UUID, AttendanceStatus> marks = new HashMap<>();
        jdbc.sql("select participant_id, status from attendance where session_id = ?").param(session.value())
                .query((rs, n) -> marks.put(rs.getObject(1, UUID.class), AttendanceStatus.valueOf(rs.getString(2))))
                .list();
        return marks;
    }

    /**
     * Replaces the marks of the people on this register. Marks of anyone no longer on it (a family taken out of
     * the group later, a parent removed) are kept: correcting a register must not erase history.
     */
    public void replace(SessionId session, java.util.List<Mark> marks) {
        UUID[] people = marks.stream().map(Mark::participantId).toArray(UUID[]::new);
        jdbc.sql("delete from attendance where session_id = ? and participant_id = any(?)")
                .params(session.value(), people).update();
        for (Mark mark : marks) {
            jdbc.sql("insert into attendance (session_id, participant_id, family_id, status) values (?, ?, ?, ?)")
                    .params(session.value(), mark.participantId(), mark.familyId().value(), mark.status().name())
                    .update();
        }
    }

    /** How many delivered group sessions each family of a group attended (anyone of the family present). */
    public Map<FamilyId, Integer> sessionsAttended(GroupId group) {
        Map<FamilyId, Integer> attended = new HashMap<>();
        jdbc.sql("""
                select a.family_id, count(distinct a.session_id) from attendance a
                join group_session s on s.id = a.session_id
                where s.group_id = ? and s.status = 'DELIVERED' and a.status = 'PRESENT'
                group by a.family_id""")
                .param(group.value())
                .query((rs, n) -> attended.put(new FamilyId(rs.getObject(1, UUID.class)), rs.getInt(2))).list();
        return attended;
    }

    public int sessionsAttended(FamilyId family) {
        return jdbc.sql("""
                select count(distinct a.session_id) from attendance a join group_session s on s.id = a.session_id
                where a.family_id = ? and s.status = 'DELIVERED' and a.status = 'PRESENT'""")
                .param(family.value()).query(Integer.class).single();
    }
}
