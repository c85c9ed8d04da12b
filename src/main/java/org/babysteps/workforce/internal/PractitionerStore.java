package org.babysteps.workforce.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.VersionedPractitioner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Practitioners with their sites and roles in one query each. A practitioner is visible when any of their sites
 * is in the caller's scope.
 */
@Repository
public class PractitionerStore {

    private static final String SELECT = """
            select p.*, array(select s.site_id from practitioner_site s where s.practitioner_id = p.id) as sites,
                   array(select r.role from practitioner_role r where r.practitioner_id = p.id) as roles
            from practitioner p
            """;

    private final JdbcClient jdbc;

    PractitionerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Practitioner practitioner) {
        jdbc.sql("""
                insert into practitioner (id, user_id, name, agency_id, profession, started_on, left_on,
                    protected_hours_per_week) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(practitioner.id().value(), practitioner.userId() == null ? null : practitioner.userId().value(),
                        practitioner.name(), practitioner.agencyId() == null ? null : practitioner.agencyId().value(),
                        practitioner.profession().name(), practitioner.startedOn(), practitioner.leftOn(),
                        practitioner.protectedHoursPerWeek())
                .update();
        replaceSitesAndRoles(practitioner);
    }

    /** Optimistic update: false when someone else saved the practitioner since {@code version}. */
    public boolean update(Practitioner practitioner, int version) {
        int changed = jdbc.sql("""
                update practitioner set name = ?, profession = ?, started_on = ?, left_on = ?,
                    protected_hours_per_week = ?, version = version + 1
                where id = ? and version = ?""")
                .params(practitioner.name(), practitioner.profession().name(), practitioner.startedOn(),
                        practitioner.leftOn(), practitioner.protectedHoursPerWeek(), practitioner.id().value(), version)
                .update();
        if (changed == 1) {
            replaceSitesAndRoles(practitioner);
        }
        return changed == 1;
    }

    public Optional<VersionedPractitioner> find(PractitionerId id, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where p.id = :id and exists (select 1 from practitioner_site ps"
                        + " where ps.practitioner_id = p.id and " + scope.condition("ps.site_id") + ")")
                        .param("id", id.value()))
                .query((rs, n) -> new VersionedPractitioner(practitioner(rs, n), rs.getInt("version"))).optional();
    }

    public Optional<Practitioner> ofUser(UserId user) {
        return jdbc.sql(SELECT + " where p.user_id = ?").param(user.value()).query(PractitionerStore::practitioner).optional();
    }

    public List<Practitioner> atSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql(SELECT + " where exists (select 1 from practitioner_site ps where ps.practitioner_id = p.id"
                        + " and ps.site_id = :site and " + scope.condition("ps.site_id") + ") order by p.left_on nulls first, lower(p.name)")
                        .param("site", site.value()))
                .query(PractitionerStore::practitioner).list();
    }

    private void replaceSitesAndRoles(Practitioner practitioner) {
        UUID id = practitioner.id().value();
        jdbc.sql("delete from practitioner_site where practitioner_id = ?").param(id).update();
        jdbc.sql("delete from practitioner_role where practitioner_id = ?").param(id).update();
        for (SiteId site : practitioner.siteIds()) {
            jdbc.sql("insert into practitioner_site (practitioner_id, site_id) values (?, ?)").params(id, site.value()).update();
        }
        for (ProgrammeRole role : practitioner.roles()) {
            jdbc.sql("insert into practitioner_role (practitioner_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    static Practitioner practitioner(ResultSet rs, int row) throws SQLException {
        UUID user = rs.getObject("user_id", UUID.class);
        UUID agency = rs.getObject("agency_id", UUID.class);
        return new Practitioner(new PractitionerId(rs.getObject("id", UUID.class)), user == null ? null : new UserId(user),
                rs.getString("name"), agency == null ? null : new AgencyId(agency),
                Profession.valueOf(rs.getString("profession")), sites(rs.getArray("sites")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
                rs.getBigDecimal("protected_hours_per_week"), roles(rs.getArray("roles")));
    }

    private static Set<SiteId> sites(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).map(SiteId::new).collect(Collectors.toSet());
    }

    private static Set<ProgrammeRole> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        return names.length == 0 ? Set.of() : Arrays.stream(names).map(ProgrammeRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProgrammeRole.class)));
    }
}
