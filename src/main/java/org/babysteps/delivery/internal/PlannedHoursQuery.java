package org.babysteps.delivery.internal;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.delivery.DeliveryOverview.PlannedSessionHours;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Planned (not yet delivered, not cancelled) group sessions of a site per day, with their length: staffing demand. */
@Repository
public class PlannedHoursQuery {

    private final JdbcClient jdbc;

    PlannedHoursQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlannedSessionHours> perDay(SiteId site, SiteScope scope, LocalDate from, LocalDate to) {
        return scope.bind(jdbc.sql("""
                        select s.planned_date, count(*) as sessions, sum(g.duration_minutes) as minutes
                        from group_session s join delivery_group g on g.id = s.group_id
                        where s.site_id = :site and s.status = 'PLANNED' and s.planned_date between :from and :to
                        and """ + " " + scope.condition("s.site_id") + " group by s.planned_date order by s.planned_date")
                        .param("site", site.value()).param("from", from).param("to", to))
                .query((rs, n) -> new PlannedSessionHours(rs.getObject("planned_date", LocalDate.class),
                        rs.getInt("sessions"), rs.getInt("minutes")))
                .list();
    }
}
