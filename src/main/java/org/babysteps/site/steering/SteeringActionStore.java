package org.babysteps.site.steering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Steering group actions; every read is limited to the caller's sites in the query. */
@Repository
class SteeringActionStore {

    private static final String SELECT = """
            select x.id, x.site_id, x.description, x.owner_id, m.name as owner_name, x.due_on, x.status, x.done_on,
                   x.meeting_id, g.held_on as meeting_on, x.version
            from steering_action x join steering_member m on m.id = x.owner_id
            left join steering_meeting g on g.id = x.meeting_id
            where x.site_id = :site and\s""";

    private final JdbcClient jdbc;

    SteeringActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open actions first by due date, then the done ones, most recently done first. */
    List<SteeringAction> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("x.site_id")
                        + " order by x.status desc, case when x.status = 'OPEN' then x.due_on end, x.done_on desc")
                .param("site", site.value())).query(SteeringActionStore::action).list();
    }

    /** Open actions due before {@code today}, oldest first. */
    List<SteeringAction> overdue(SiteId site, LocalDate today, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("x.site_id") + " and x.status = 'OPEN' and x.due_on < :today"
                        + " order by x.due_on, x.created_at")
                .param("site", site.value()).param("today", today)).query(SteeringActionStore::action).list();
    }

    Optional<SteeringAction> find(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("x.site_id") + " and x.id = :id")
                .param("site", site.value()).param("id", id)).query(SteeringActionStore::action).optional();
    }

    void insert(UUID id, SiteId site, NewAction action) {
        jdbc.sql("insert into steering_action (id, site_id, meeting_id, description, owner_id, due_on, status)"
                        + " values (?, ?, ?, ?, ?, ?, 'OPEN')")
                .params(id, site.value(), action.meetingId(), action.description().trim(), action.ownerId(), action.dueOn())
                .update();
    }

    /** False when the action changed (or was completed) since {@code version} was read. */
    boolean complete(UUID id, int version, LocalDate doneOn) {
        return jdbc.sql("update steering_action set status = 'DONE', done_on = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'OPEN'")
                .params(doneOn, id, version).update() == 1;
    }

    private static SteeringAction action(ResultSet rs, int row) throws SQLException {
        return new SteeringAction(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("description"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
                rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
                rs.getObject("done_on", LocalDate.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("meeting_on", LocalDate.class), rs.getInt("version"));
    }
}
