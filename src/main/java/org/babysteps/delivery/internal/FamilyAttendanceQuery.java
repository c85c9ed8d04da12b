package org.babysteps.delivery.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.babysteps.delivery.FamilyAttendance;
import org.babysteps.delivery.GroupId;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each family's latest group and sessions attended, for many families in one query. */
@Repository
public class FamilyAttendanceQuery {

    private static final String SQL = """
            select f.family_id,
                   (select e.group_id from enrolment e
                    where e.family_id = f.family_id and e.site_id = :site and %1$s
                      and e.status in ('ENROLLED', 'COMPLETED', 'WITHDRAWN')
                    order by e.enrolled_on desc, e.created_at desc limit 1) as group_id,
                   (select count(distinct a.session_id) from attendance a join group_session s on s.id = a.session_id
                    where a.family_id = f.family_id and s.site_id = :site and %2$s
                      and s.status = 'DELIVERED' and a.status = 'PRESENT') as attended
            from unnest(cast(:families as uuid[])) as f(family_id)""";

    private final JdbcClient jdbc;

    FamilyAttendanceQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<FamilyId, FamilyAttendance> of(SiteId site, Collection<FamilyId> families, SiteScope scope) {
        Map<FamilyId, FamilyAttendance> found = new LinkedHashMap<>();
        if (families.isEmpty()) {
            return found;
        }
        scope.bind(jdbc.sql(SQL.formatted(scope.condition("e.site_id"), scope.condition("s.site_id"))))
                .param("site", site.value())
                .param("families", families.stream().map(FamilyId::value).distinct().toArray(UUID[]::new))
                .query((rs, n) -> {
                    FamilyId family = new FamilyId(rs.getObject("family_id", UUID.class));
                    UUID group = rs.getObject("group_id", UUID.class);
                    return found.put(family, new FamilyAttendance(family, group == null ? null : new GroupId(group),
                            rs.getInt("attended")));
                })
                .list();
        return found;
    }
}
