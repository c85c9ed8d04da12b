package org.babysteps.delivery.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupSummary;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fill and fidelity of a site's groups in one query: a site has tens of groups, so aggregating per request is
 * cheap; national figures will come from read models, not from this.
 */
@Repository
public class GroupSummaryQuery {

    private static final String SQL = """
            select g.id, g.name, v.name as venue_name, g.online, g.start_date, g.capacity,
              (select count(*) from enrolment e where e.group_id = g.id and e.status in ('ENROLLED', 'COMPLETED')) as enrolled,
              (select count(*) from enrolment e where e.group_id = g.id and e.status = 'WAITING') as waiting,
              (select count(*) from group_session s where s.group_id = g.id and s.status <> 'CANCELLED') as planned,
              (select count(*) from group_session s where s.group_id = g.id and s.status = 'DELIVERED') as delivered,
              (select count(*) from group_session s where s.group_id = g.id and s.status = 'PLANNED'
                  and s.planned_date < :today) as due,
              (select count(*) from group_session s where s.group_id = g.id and s.status = 'DELIVERED'
                  and s.exception_reason is not null) as exceptions,
              (select count(*) filter (where a.status = 'PRESENT')::float / nullif(count(*), 0)
                  from attendance a join group_session s on s.id = a.session_id where s.group_id = g.id) as attendance_rate,
              (select count(*) filter (where e.status = 'COMPLETED')::float
                  / nullif(count(*) filter (where e.status in ('ENROLLED', 'COMPLETED', 'WITHDRAWN')), 0)
                  from enrolment e where e.group_id = g.id) as completion_rate
            from delivery_group g left join venue v on v.id = g.venue_id
            """;

    private final JdbcClient jdbc;

    GroupSummaryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GroupSummary> atSite(SiteId site, SiteScope scope, LocalDate today) {
        return scope.bind(jdbc.sql(SQL + " where g.site_id = :site and " + scope.condition("g.site_id")
                        + " order by g.start_date desc").param("site", site.value()).param("today", today))
                .query((rs, n) -> {
                    int delivered = rs.getInt("delivered");
                    int exceptions = rs.getInt("exceptions");
                    return new GroupSummary(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name"),
                            rs.getString("venue_name"), rs.getBoolean("online"), rs.getObject("start_date", LocalDate.class),
                            rs.getInt("capacity"), rs.getInt("enrolled"), rs.getInt("waiting"), rs.getInt("planned"),
                            delivered, rs.getInt("due"), delivered - exceptions, exceptions,
                            (Double) rs.getObject("attendance_rate"), (Double) rs.getObject("completion_rate"));
                }).list();
    }

    /** Planned sessions from today on with a facilitator who will have left by then: they need cover. */
    public int sessionsNeedingCover(SiteId site, SiteScope scope, LocalDate today) {
        return scope.bind(jdbc.sql("""
                select count(*) from group_session s where s.site_id = :site and s.status = 'PLANNED'
                and s.planned_date >= :today and exists (select 1 from session_facilitator sf
                    join facilitator f on f.id = sf.facilitator_id
                    where sf.session_id = s.id and f.left_on is not null and f.left_on <= s.planned_date)
                and """ + " " + scope.condition("s.site_id")).param("site", site.value()).param("today", today))
                .query(Integer.class).single();
    }
}
