package org.babysteps.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.identity.UserSummary;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in PostgreSQL; roles and sites are aggregated into arrays so one query reads an account. */
@Repository
public class UserStore {

    private static final String ACCOUNT_COLUMNS = """
            u.id, u.email, u.display_name, u.agency_id, u.enabled, u.password_hash,
            array(select r.role from user_role r where r.user_id = u.id) as roles,
            array(select s.site_id from user_site s where s.user_id = u.id) as sites
            """;

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> findByEmail(String email) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user u where lower(u.email) = lower(:email)")
                .param("email", email)
                .query(this::toCurrentUser)
                .optional();
    }

    public boolean emailInUse(String email) {
        return jdbc.sql("select exists(select 1 from app_user where lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    public void insert(UserId id, NewUserAccount account, String passwordHash) {
        jdbc.sql("""
                insert into app_user (id, email, display_name, password_hash, agency_id)
                values (:id, :email, :name, :hash, :agency)
                """)
                .param("id", id.value())
                .param("email", account.email().trim())
                .param("name", account.displayName().trim())
                .param("hash", passwordHash)
                .param("agency", account.agencyId() == null ? null : account.agencyId().value())
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id.value(), role.name()).update();
        }
        for (SiteId site : account.siteIds()) {
            addToSite(id, site);
        }
    }

    public void addToSite(UserId id, SiteId site) {
        jdbc.sql("insert into user_site (user_id, site_id) values (?, ?) on conflict do nothing")
                .params(id.value(), site.value()).update();
    }

    public List<UserSummary> staffOfSite(SiteId siteId, SiteScope scope) {
        String sql = "select " + ACCOUNT_COLUMNS + " from app_user u join user_site us on us.user_id = u.id"
                + " where us.site_id = :site and " + scope.condition("us.site_id")
                + " order by lower(u.display_name)";
        return scope.bind(jdbc.sql(sql).param("site", siteId.value())).query(this::toSummary).list();
    }

    public List<UserSummary> withAnyRole(Set<Role> roles) {
        String sql = "select " + ACCOUNT_COLUMNS + " from app_user u where exists (select 1 from user_role r"
                + " where r.user_id = u.id and r.role = any(:roles)) order by lower(u.display_name)";
        String[] names = roles.stream().map(Role::name).toArray(String[]::new);
        return jdbc.sql(sql).param("roles", names).query(this::toSummary).list();
    }

    /** The enabled accounts among {@code ids}; unknown and disabled ones are left out. */
    public List<UserSummary> enabledWithIds(java.util.Collection<UserId> ids) {
        UUID[] values = ids.stream().map(UserId::value).toArray(UUID[]::new);
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from app_user u where u.enabled and u.id = any(:ids)"
                        + " order by lower(u.display_name)")
                .param("ids", values).query(this::toSummary).list();
    }

    /** Enabled accounts holding any of the roles; site roles only at {@code site}, licensor roles anywhere. */
    public List<UserSummary> enabledHolders(Set<Role> roles, SiteId site) {
        String sql = "select " + ACCOUNT_COLUMNS + " from app_user u where u.enabled and exists (select 1 from user_role r"
                + " where r.user_id = u.id and r.role = any(:roles) and (r.role = any(:licensorRoles) or exists"
                + " (select 1 from user_site s where s.user_id = u.id and s.site_id = :site)))"
                + " order by lower(u.display_name)";
        String[] names = roles.stream().map(Role::name).toArray(String[]::new);
        String[] licensorRoles = java.util.Arrays.stream(Role.values()).filter(Role::licensor).map(Role::name)
                .toArray(String[]::new);
        return jdbc.sql(sql).param("roles", names).param("licensorRoles", licensorRoles)
                .param("site", site == null ? null : site.value()).query(this::toSummary).list();
    }

    private CurrentUser toCurrentUser(ResultSet rs, int row) throws SQLException {
        return new CurrentUser(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("display_name"), agency(rs), roles(rs.getArray("roles")), sites(rs.getArray("sites")),
                rs.getBoolean("enabled"), rs.getString("password_hash"));
    }

    private UserSummary toSummary(ResultSet rs, int row) throws SQLException {
        return new UserSummary(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("display_name"), agency(rs), roles(rs.getArray("roles")), rs.getBoolean("enabled"));
    }

    private static AgencyId agency(ResultSet rs) throws SQLException {
        UUID agency = rs.getObject("agency_id", UUID.class);
        return agency == null ? null : new AgencyId(agency);
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        return names.length == 0 ? Set.of()
                : Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Set<SiteId> sites(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).map(SiteId::new).collect(Collectors.toSet());
    }
}
