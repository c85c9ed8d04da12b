package org.babysteps.delivery.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which of some people have facilitated at least one delivered group session, at any site. */
@Repository
public class DeliveredByQuery {

    private final JdbcClient jdbc;

    DeliveredByQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UserId> deliveredAny(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct f.user_id from facilitator f
                where f.user_id = any(?) and exists (select 1 from session_facilitator sf join group_session s
                    on s.id = sf.session_id where sf.facilitator_id = f.id and s.status = 'DELIVERED')""")
                .param(users.stream().map(UserId::value).toArray(UUID[]::new))
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class))).list());
    }
}
