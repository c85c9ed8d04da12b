package org.babysteps.site.steering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Steering group meetings with their attendees; every read is limited to the caller's sites in the query. */
@Repository
class SteeringMeetingStore {

    private static final String SELECT = """
            select g.id, g.site_id, g.held_on, g.minutes, g.decisions, g.version,
                   array(select t.member_id from steering_attendee t join steering_member m on m.id = t.member_id
                         where t.meeting_id = g.id order by lower(m.name)) as attendee_ids,
                   array(select m.name from steering_attendee t join steering_member m on m.id = t.member_id
                         where t.meeting_id = g.id order by lower(m.name)) as attendees
            from steering_meeting g where g.site_id = :site and\s""";

    private final JdbcClient jdbc;

    SteeringMeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<SteeringMeeting> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("g.site_id") + " order by g.held_on desc, g.created_at desc")
                .param("site", site.value())).query(SteeringMeetingStore::meeting).list();
    }

    Optional<SteeringMeeting> find(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("g.site_id") + " and g.id = :id")
                .param("site", site.value()).param("id", id)).query(SteeringMeetingStore::meeting).optional();
    }

    void insert(UUID id, SiteId site, MeetingRecord meeting) {
        jdbc.sql("insert into steering_meeting (id, site_id, held_on, minutes, decisions) values (?, ?, ?, ?, ?)")
                .params(id, site.value(), meeting.heldOn(), blankToNull(meeting.minutes()),
                        meeting.decisions().toArray(String[]::new))
                .update();
        attend(id, meeting);
    }

    /** False when someone else saved the meeting since {@code version} was read. */
    boolean update(UUID id, int version, MeetingRecord meeting) {
        boolean saved = jdbc.sql("update steering_meeting set held_on = ?, minutes = ?, decisions = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(meeting.heldOn(), blankToNull(meeting.minutes()), meeting.decisions().toArray(String[]::new), id, version)
                .update() == 1;
        if (saved) {
            jdbc.sql("delete from steering_attendee where meeting_id = ?").param(id).update();
            attend(id, meeting);
        }
        return saved;
    }

    private void attend(UUID id, MeetingRecord meeting) {
        for (UUID member : meeting.attendeeIds()) {
            jdbc.sql("insert into steering_attendee (meeting_id, member_id) values (?, ?)").params(id, member).update();
        }
    }

    private static SteeringMeeting meeting(ResultSet rs, int row) throws SQLException {
        return new SteeringMeeting(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getObject("held_on", LocalDate.class),
                new LinkedHashSet<>(Arrays.asList((UUID[]) rs.getArray("attendee_ids").getArray())),
                List.of((String[]) rs.getArray("attendees").getArray()), rs.getString("minutes"),
                List.of((String[]) rs.getArray("decisions").getArray()), rs.getInt("version"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
