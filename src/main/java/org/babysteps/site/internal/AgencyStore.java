package org.babysteps.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.site.Agency;
import org.babysteps.site.AgencyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agencies, and which sites' partnerships they belong to. */
@Repository
public class AgencyStore {

    private final JdbcClient jdbc;

    AgencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> ofSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select a.id, a.name, a.type from agency a join site_agency sa on sa.agency_id = a.id
                        where sa.site_id = :site and """ + " " + scope.condition("sa.site_id") + " order by lower(a.name)")
                        .param("site", site.value()))
                .query(AgencyStore::agency).list();
    }

    public Optional<Agency> findByName(String name) {
        return jdbc.sql("select id, name, type from agency where lower(name) = lower(?)").param(name.trim())
                .query(AgencyStore::agency).optional();
    }

    public Optional<Agency> find(AgencyId id) {
        return jdbc.sql("select id, name, type from agency where id = ?").param(id.value())
                .query(AgencyStore::agency).optional();
    }

    public List<Agency> ofType(AgencyType type) {
        return jdbc.sql("select id, name, type from agency where type = ? order by lower(name)").param(type.name())
                .query(AgencyStore::agency).list();
    }

    public Agency insert(String name, AgencyType type) {
        Agency agency = new Agency(AgencyId.random(), name.trim(), type);
        jdbc.sql("insert into agency (id, name, type) values (?, ?, ?)")
                .params(agency.id().value(), agency.name(), type.name()).update();
        return agency;
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(new AgencyId(rs.getObject("id", UUID.class)), rs.getString("name"),
                AgencyType.valueOf(rs.getString("type")));
    }
}
