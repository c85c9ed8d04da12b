package org.babysteps.delivery.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.babysteps.delivery.CoFacilitationException;
import org.babysteps.delivery.SessionId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExceptionQuery {

    private final JdbcClient jdbc;

    ExceptionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CoFacilitationException> recent(SiteScope scope, int limit) {
        return scope.bind(jdbc.sql("""
                select s.id, s.site_id, g.name as group_name, s.title, s.planned_date, s.exception_reason,
                       s.exception_by, s.exception_at
                from group_session s join delivery_group g on g.id = s.group_id
                where s.exception_reason is not null and """ + " " + scope.condition("s.site_id")
                        + " order by s.exception_at desc limit " + Math.max(1, Math.min(limit, 500))))
                .query((rs, n) -> new CoFacilitationException(new SessionId(rs.getObject("id", UUID.class)),
                        new SiteId(rs.getObject("site_id", UUID.class)), rs.getString("group_name"), rs.getString("title"),
                        rs.getObject("planned_date", LocalDate.class), rs.getString("exception_reason"),
                        rs.getString("exception_by"), rs.getObject("exception_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
