package org.babysteps.delivery.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.DeliveryCounts;
import org.babysteps.delivery.EnrolmentStatus;
import org.babysteps.delivery.FinishedPlace;
import org.babysteps.delivery.GroupId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A site's delivery over a period, counted in SQL for compliance and evidence reports. Counts and per-place facts
 * only: no family is named.
 */
@Repository
public class PeriodQuery {

    /** A group "finishes" on its last session that was not cancelled. */
    private static final String FINISHED_GROUPS = """
            with finished as (
                select g.id, g.name, g.programme_id, g.programme_version, max(s.planned_date) as last_session
                from delivery_group g join group_session s on s.group_id = g.id and s.status <> 'CANCELLED'
                where g.site_id = :site and %s
                group by g.id having max(s.planned_date) between :from and :to)
            select f.*, e.status, e.family_id,
                   (select count(distinct a.session_id) from attendance a join group_session s on s.id = a.session_id
                    where s.group_id = f.id and a.family_id = e.family_id and s.status = 'DELIVERED'
                      and a.status = 'PRESENT') as attended,
                   array(select h.contact_code from home_visit h
                         where h.family_id = e.family_id and h.done_on is not null) as visits
            from finished f join enrolment e on e.group_id = f.id
            where e.status in ('ENROLLED', 'COMPLETED', 'WITHDRAWN')
            order by f.last_session, f.name
            """;

    private static final String COUNTS = """
            select
              (select count(distinct s.group_id) from group_session s where s.site_id = :site and %1$s
                  and s.status = 'DELIVERED' and s.planned_date between :from and :to) as groups_run,
              (select count(*) from group_session s where s.site_id = :site and %1$s
                  and s.planned_date between :from and :to) as scheduled,
              (select count(*) from group_session s where s.site_id = :site and %1$s and s.status = 'CANCELLED'
                  and s.planned_date between :from and :to) as cancelled,
              (select count(*) from group_session s where s.site_id = :site and %1$s and s.status = 'DELIVERED'
                  and s.planned_date between :from and :to) as delivered,
              (select count(*) from attendance a join group_session s on s.id = a.session_id
                  where s.site_id = :site and %1$s and s.status = 'DELIVERED'
                  and s.planned_date between :from and :to) as marks,
              (select count(*) filter (where a.status = 'PRESENT') from attendance a
                  join group_session s on s.id = a.session_id where s.site_id = :site and %1$s
                  and s.status = 'DELIVERED' and s.planned_date between :from and :to) as present,
              (select count(*) from (select a.family_id, min(s.planned_date) as first_on from attendance a
                  join group_session s on s.id = a.session_id where s.site_id = :site and %1$s
                  and s.status = 'DELIVERED' and a.status = 'PRESENT' group by a.family_id) firsts
                  where firsts.first_on between :from and :to) as started
            """;

    private final JdbcClient jdbc;

    PeriodQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FinishedPlace> finishedPlaces(SiteId site, SiteScope scope, LocalDate from, LocalDate to) {
        return scope.bind(jdbc.sql(FINISHED_GROUPS.formatted(scope.condition("g.site_id")))
                        .param("site", site.value()).param("from", from).param("to", to))
                .query((rs, n) -> new FinishedPlace(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        new ProgrammeId(rs.getString("programme_id")), rs.getInt("programme_version"),
                        rs.getObject("last_session", LocalDate.class), EnrolmentStatus.valueOf(rs.getString("status")),
                        rs.getInt("attended"),
                        new HashSet<>(Arrays.asList((String[]) rs.getArray("visits").getArray()))))
                .list();
    }

    public DeliveryCounts counts(SiteId site, SiteScope scope, LocalDate from, LocalDate to) {
        return scope.bind(jdbc.sql(COUNTS.formatted(scope.condition("s.site_id")))
                        .param("site", site.value()).param("from", from).param("to", to))
                .query((rs, n) -> new DeliveryCounts(rs.getInt("groups_run"), rs.getInt("scheduled"),
                        rs.getInt("cancelled"), rs.getInt("delivered"), rs.getLong("marks"), rs.getLong("present"),
                        rs.getLong("started")))
                .single();
    }
}
