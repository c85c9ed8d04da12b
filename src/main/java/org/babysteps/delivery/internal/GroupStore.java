package org.babysteps.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.Group;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.VenueId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class GroupStore {

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Group group, List<FacilitatorId> facilitators) {
        jdbc.sql("""
                insert into delivery_group (id, site_id, programme_id, programme_version, name, venue_id, online,
                    start_date, start_time, duration_minutes, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(group.id().value(), group.siteId().value(), group.programmeId().value(),
                        group.programmeVersion(), group.name(), group.venueId() == null ? null : group.venueId().value(),
                        group.online(), group.startDate(), group.startTime(), group.durationMinutes(), group.capacity())
                .update();
        for (FacilitatorId facilitator : facilitators) {
            jdbc.sql("insert into group_facilitator (group_id, facilitator_id) values (?, ?)")
                    .params(group.id().value(), facilitator.value()).update();
        }
    }

    public Optional<Group> find(GroupId id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from delivery_group g where g.id = :id and " + scope.condition("g.site_id"))
                        .param("id", id.value()))
                .query(GroupStore::group).optional();
    }

    /** Locks the group row so enrolments into it are decided one at a time (capacity holds under races). */
    public void lock(GroupId id) {
        jdbc.sql("select id from delivery_group where id = ? for update").param(id.value()).query().listOfRows();
    }

    public List<Group> atSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from delivery_group g where g.site_id = :site and "
                        + scope.condition("g.site_id") + " order by g.start_date desc").param("site", site.value()))
                .query(GroupStore::group).list();
    }

    public List<FacilitatorId> facilitators(GroupId id) {
        return jdbc.sql("select facilitator_id from group_facilitator where group_id = ?").param(id.value())
                .query((rs, n) -> new FacilitatorId(rs.getObject(1, UUID.class))).list();
    }

    static Group group(ResultSet rs, int row) throws SQLException {
        UUID venue = rs.getObject("venue_id", UUID.class);
        return new Group(new GroupId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
                new ProgrammeId(rs.getString("programme_id")), rs.getInt("programme_version"), rs.getString("name"),
                venue == null ? null : new VenueId(venue), rs.getBoolean("online"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getInt("duration_minutes"), rs.getInt("capacity"), rs.getInt("version"));
    }
}
