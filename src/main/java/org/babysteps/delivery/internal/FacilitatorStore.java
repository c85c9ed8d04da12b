package org.babysteps.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FacilitatorStore {

    private final JdbcClient jdbc;

    FacilitatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Facilitator facilitator) {
        jdbc.sql("""
                insert into facilitator (id, site_id, user_id, display_name, agency_type, trained_on, trained_until, left_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(facilitator.id().value(), facilitator.siteId().value(), facilitator.userId().value(),
                        facilitator.displayName(), facilitator.agencyType(), facilitator.trainedOn(),
                        facilitator.trainedUntil(), facilitator.leftOn())
                .update();
    }

    /**
     * The accounts of the facilitators (still in post) of the family's current group: its live place if it has one,
     * otherwise the group it last completed; none for a family never placed or only withdrawn.
     */
    public java.util.Set<UserId> userIdsOfFamilysGroup(org.babysteps.family.FamilyId family, LocalDate today, SiteScope scope) {
        String currentGroup = "select e.group_id from enrolment e where e.family_id = :family and e.status <> 'WITHDRAWN'"
                + " and " + scope.condition("e.site_id")
                + " order by e.status in ('ENROLLED', 'WAITING') desc, e.created_at desc limit 1";
        return new java.util.LinkedHashSet<>(scope.bind(jdbc.sql("select f.user_id from group_facilitator gf"
                        + " join facilitator f on f.id = gf.facilitator_id where (f.left_on is null or f.left_on > :today)"
                        + " and gf.group_id = (" + currentGroup + ") order by f.user_id")
                        .param("family", family.value()).param("today", today))
                .query((rs, row) -> new UserId(rs.getObject(1, UUID.class))).list());
    }

    /**
     * The accounts of the facilitators still in post who work with the family: those of every group it has (or had)
     * a place in, other than a waiting-list place or one it withdrew from, and whoever visited it at home.
     */
    public java.util.Set<UserId> userIdsWorkingWithFamily(org.babysteps.family.FamilyId family, LocalDate today,
                                                          SiteScope scope) {
        return new java.util.LinkedHashSet<>(scope.bind(jdbc.sql("""
                        select f.user_id from facilitator f
                        where (f.left_on is null or f.left_on > :today) and\s""" + scope.condition("f.site_id") + """
                         and (f.id in (select gf.facilitator_id from group_facilitator gf
                                       join enrolment e on e.group_id = gf.group_id
                                       where e.family_id = :family and e.status in ('ENROLLED', 'COMPLETED'))
                              or f.id in (select hf.facilitator_id from home_visit_facilitator hf
                                          join home_visit v on v.id = hf.home_visit_id where v.family_id = :family))
                        order by f.user_id""")
                        .param("family", family.value()).param("today", today))
                .query((rs, row) -> new UserId(rs.getObject(1, UUID.class))).list());
    }

    public List<Facilitator> atSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from facilitator f where f.site_id = :site and "
                        + scope.condition("f.site_id") + " order by lower(f.display_name)").param("site", site.value()))
                .query(FacilitatorStore::facilitator).list();
    }

    public Optional<Facilitator> find(FacilitatorId id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from facilitator f where f.id = :id and " + scope.condition("f.site_id"))
                        .param("id", id.value()))
                .query(FacilitatorStore::facilitator).optional();
    }

    public List<Facilitator> findAll(Collection<FacilitatorId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] values = ids.stream().map(FacilitatorId::value).toArray(UUID[]::new);
        return jdbc.sql("select * from facilitator where id = any(?) order by lower(display_name)").param(values)
                .query(FacilitatorStore::facilitator).list();
    }

    public boolean onRoster(SiteId site, UserId user) {
        return jdbc.sql("select exists(select 1 from facilitator where site_id = ? and user_id = ?)")
                .params(site.value(), user.value()).query(Boolean.class).single();
    }

    /** The roster entries of one person, at any of their sites. */
    public List<Facilitator> ofUser(UserId user) {
        return jdbc.sql("select * from facilitator where user_id = ?").param(user.value())
                .query(FacilitatorStore::facilitator).list();
    }

    public void update(FacilitatorId id, LocalDate trainedOn, LocalDate leftOn) {
        jdbc.sql("update facilitator set trained_on = ?, left_on = ? where id = ?")
                .params(trainedOn, leftOn, id.value()).update();
    }

    /** Keeps a workforce practitioner's roster entry at a site in step with their record. */
    public void upsertFromWorkforce(SiteId site, UserId user, java.util.UUID practitioner, String name, String agencyType,
                                    LocalDate leftOn) {
        jdbc.sql("""
                insert into facilitator (id, site_id, user_id, practitioner_id, display_name, agency_type, left_on)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (site_id, user_id) do update set practitioner_id = excluded.practitioner_id,
                    display_name = excluded.display_name, agency_type = excluded.agency_type, left_on = excluded.left_on""")
                .params(UUID.randomUUID(), site.value(), user.value(), practitioner, name, agencyType, leftOn).update();
    }

    /** Records completed training for every roster entry of a person. */
    public void recordTraining(UserId user, LocalDate trainedOn, LocalDate trainedUntil) {
        jdbc.sql("update facilitator set trained_on = ?, trained_until = ? where user_id = ?")
                .params(trainedOn, trainedUntil, user.value()).update();
    }

    static Facilitator facilitator(ResultSet rs, int row) throws SQLException {
        return new Facilitator(new FacilitatorId(rs.getObject("id", UUID.class)),
                new SiteId(rs.getObject("site_id", UUID.class)), new UserId(rs.getObject("user_id", UUID.class)),
                rs.getString("display_name"), rs.getString("agency_type"),
                rs.getObject("trained_on", LocalDate.class), rs.getObject("trained_until", LocalDate.class),
                rs.getObject("left_on", LocalDate.class));
    }
}
