package org.babysteps.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.site.SiteSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sites in PostgreSQL. Every read takes the caller's scope and applies it in the query. */
@Repository
public class SiteStore {

    private static final String SUMMARY = """
            select s.id, s.name, s.area, a.name as lead_agency_name,
                   (select count(*) from site_agency sa where sa.site_id = s.id) as agency_count
            from site s join agency a on a.id = s.lead_agency_id
            """;

    private final JdbcClient jdbc;

    SiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SiteSummary> list(SiteScope scope) {
        return scope.bind(jdbc.sql(SUMMARY + " where " + scope.condition("s.id") + " order by lower(s.name)"))
                .query(SiteStore::summary).list();
    }

    public Optional<SiteSummary> find(SiteId id, SiteScope scope) {
        return scope.bind(jdbc.sql(SUMMARY + " where s.id = :id and " + scope.condition("s.id")).param("id", id.value()))
                .query(SiteStore::summary).optional();
    }

    public Optional<SiteRecord> findRecord(SiteId id, SiteScope scope) {
        return scope.bind(jdbc.sql("select id, name, area, lead_agency_id, version from site s where s.id = :id and "
                        + scope.condition("s.id")).param("id", id.value()))
                .query((rs, n) -> new SiteRecord(new SiteId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("area"), new AgencyId(rs.getObject("lead_agency_id", UUID.class)), rs.getInt("version")))
                .optional();
    }

    public boolean nameInUse(String name, SiteId except) {
        return jdbc.sql("select exists(select 1 from site where lower(name) = lower(:name) and id <> :except)")
                .param("name", name.trim())
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class).single();
    }

    public void insert(SiteId id, String name, String area, AgencyId leadAgency) {
        jdbc.sql("insert into site (id, name, area, lead_agency_id) values (?, ?, ?, ?)")
                .params(id.value(), name.trim(), area.trim(), leadAgency.value()).update();
        addAgency(id, leadAgency);
    }

    /** Optimistic update: false when someone else saved the site since {@code expectedVersion} was read. */
    public boolean update(SiteId id, int expectedVersion, String name, String area, AgencyId leadAgency) {
        return jdbc.sql("""
                update site set name = :name, area = :area, lead_agency_id = :lead, version = version + 1
                where id = :id and version = :version
                """)
                .param("name", name.trim()).param("area", area.trim()).param("lead", leadAgency.value())
                .param("id", id.value()).param("version", expectedVersion)
                .update() == 1;
    }

    public void addAgency(SiteId site, AgencyId agency) {
        jdbc.sql("insert into site_agency (site_id, agency_id) values (?, ?) on conflict do nothing")
                .params(site.value(), agency.value()).update();
    }

    private static SiteSummary summary(ResultSet rs, int row) throws SQLException {
        return new SiteSummary(new SiteId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("area"),
                rs.getString("lead_agency_name"), rs.getInt("agency_count"));
    }
}
