package org.babysteps.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What training needs to know of practitioners: who a signed-in user is, and who may join a run. Scoped. */
@Repository
public class TrainingPeopleStore {

    private final JdbcClient jdbc;

    TrainingPeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Person(UUID id, String name, LocalDate leftOn) {
    }

    /** The practitioner record of an account, whatever their site (it is the caller themself). */
    public Optional<UUID> practitionerOfUser(UUID user) {
        return jdbc.sql("select id from practitioner where user_id = ? order by started_on desc limit 1").param(user)
                .query(UUID.class).optional();
    }

    /** A practitioner the caller may see: at one of their sites, or any for licensor staff. */
    public Optional<Person> find(UUID id, SiteScope scope) {
        return scope.bind(jdbc.sql("select p.id, p.name, p.left_on from practitioner p where p.id = :id and ("
                        + ":scopeAllSites or exists (select 1 from practitioner_site ps where ps.practitioner_id = p.id and "
                        + scope.condition("ps.site_id") + "))").param("id", id))
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    public boolean worksAt(UUID practitioner, UUID site) {
        return jdbc.sql("select exists(select 1 from practitioner_site where practitioner_id = ? and site_id = ?)")
                .params(practitioner, site).query(Boolean.class).single();
    }

    /** Practitioners in post the caller may see, at one site or (site null) at any of the caller's sites. */
    public List<Person> inPost(UUID site, SiteScope scope, LocalDate on) {
        return scope.bind(jdbc.sql("""
                        select p.id, p.name, p.left_on from practitioner p
                        where (p.left_on is null or p.left_on > :on) and exists (select 1 from practitioner_site ps
                          where ps.practitioner_id = p.id and (cast(:site as uuid) is null or ps.site_id = :site) and """
                        + scope.condition("ps.site_id") + ") order by lower(p.name)")
                        .param("on", on).param("site", site))
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    /** The account of a practitioner, if they have one (for the "trained" event other modules follow). */
    public Optional<UUID> userOf(UUID practitioner) {
        return jdbc.sql("select user_id from practitioner where id = ? and user_id is not null").param(practitioner)
                .query(UUID.class).optional();
    }
}
