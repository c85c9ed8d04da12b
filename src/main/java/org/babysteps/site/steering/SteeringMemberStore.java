package org.babysteps.site.steering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Steering group members; every read is limited to the caller's sites in the query. */
@Repository
class SteeringMemberStore {

    private static final String SELECT = """
            select m.id, m.site_id, m.name, m.agency_id, coalesce(a.name, m.organisation) as organisation, m.role,
                   m.seniority, m.left_on, m.version
            from steering_member m left join agency a on a.id = m.agency_id
            where m.site_id = :site and\s""";

    private final JdbcClient jdbc;

    SteeringMemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current members first, then those who left; by name. */
    List<SteeringMember> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("m.site_id") + " order by m.left_on nulls first, lower(m.name)")
                .param("site", site.value())).query(SteeringMemberStore::member).list();
    }

    Optional<SteeringMember> find(SiteId site, UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + scope.condition("m.site_id") + " and m.id = :id")
                .param("site", site.value()).param("id", id)).query(SteeringMemberStore::member).optional();
    }

    void insert(UUID id, SiteId site, NewMember member) {
        jdbc.sql("insert into steering_member (id, site_id, name, agency_id, organisation, role, seniority)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, site.value(), member.name().trim(), member.agencyId() == null ? null : member.agencyId().value(),
                        member.agencyId() == null ? member.organisation().trim() : null, member.role().trim(),
                        member.seniority().name())
                .update();
    }

    /** False when the member changed (or left) since {@code version} was read. */
    boolean leave(UUID id, int version, LocalDate leftOn) {
        return jdbc.sql("update steering_member set left_on = ?, version = version + 1"
                        + " where id = ? and version = ? and left_on is null")
                .params(leftOn, id, version).update() == 1;
    }

    private static SteeringMember member(ResultSet rs, int row) throws SQLException {
        UUID agency = rs.getObject("agency_id", UUID.class);
        return new SteeringMember(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("name"), agency == null ? null : new AgencyId(agency), rs.getString("organisation"),
                rs.getString("role"), Seniority.valueOf(rs.getString("seniority")),
                rs.getObject("left_on", LocalDate.class), rs.getInt("version"));
    }
}
