package org.babysteps.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.HomeVisit;
import org.babysteps.delivery.HomeVisitId;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HomeVisitStore {

    private final JdbcClient jdbc;

    HomeVisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HomeVisit> ofFamily(FamilyId family, SiteScope scope) {
        return withVisitors(scope.bind(jdbc.sql("select * from home_visit h where h.family_id = :family and "
                + scope.condition("h.site_id") + " order by h.contact_code").param("family", family.value()))
                .query(HomeVisitStore::visit).list());
    }

    public Optional<HomeVisit> find(FamilyId family, String contactCode) {
        return withVisitors(jdbc.sql("select * from home_visit where family_id = ? and contact_code = ?")
                .params(family.value(), contactCode).query(HomeVisitStore::visit).list()).stream().findFirst();
    }

    /** Inserts or updates; false when someone else saved the visit since {@code expectedVersion}. */
    public boolean save(HomeVisit visit, SiteId site, Collection<FacilitatorId> visitors) {
        int changed = jdbc.sql("""
                insert into home_visit (id, family_id, site_id, contact_code, planned_date, done_on, duration_minutes,
                    notes, talk_and_listen_done, version)
                values (:id, :family, :site, :code, :planned, :done, :duration, :notes, :tlt, 1)
                on conflict (family_id, contact_code) do update set planned_date = excluded.planned_date,
                    done_on = excluded.done_on, duration_minutes = excluded.duration_minutes, notes = excluded.notes,
                    talk_and_listen_done = excluded.talk_and_listen_done, version = home_visit.version + 1
                where home_visit.version = :version""")
                .param("id", visit.id().value()).param("family", visit.familyId().value()).param("site", site.value())
                .param("code", visit.contactCode()).param("planned", visit.plannedDate()).param("done", visit.doneOn())
                .param("duration", visit.durationMinutes()).param("notes", visit.notes())
                .param("tlt", visit.talkAndListenDone()).param("version", visit.version())
                .update();
        if (changed == 0) {
            return false;
        }
        UUID id = jdbc.sql("select id from home_visit where family_id = ? and contact_code = ?")
                .params(visit.familyId().value(), visit.contactCode()).query(UUID.class).single();
        jdbc.sql("delete from home_visit_facilitator where home_visit_id = ?").param(id).update();
        for (FacilitatorId visitor : visitors) {
            jdbc.sql("insert into home_visit_facilitator (home_visit_id, facilitator_id) values (?, ?)")
                    .params(id, visitor.value()).update();
        }
        return true;
    }

    /** A site's home visits planned from..to (both included), done or not, in date order. */
    public List<HomeVisit> plannedAt(SiteScope scope, SiteId site, LocalDate from, LocalDate to) {
        return withVisitors(scope.bind(jdbc.sql("select * from home_visit h where h.site_id = :site"
                        + " and h.planned_date between :from and :to and " + scope.condition("h.site_id")
                        + " order by h.planned_date, h.contact_code")
                .param("site", site.value()).param("from", from).param("to", to))
                .query(HomeVisitStore::visit).list());
    }

    /** Visits planned for a person in a date range, across their sites. */
    public List<HomeVisit> plannedFor(UserId user, LocalDate from, LocalDate to) {
        return withVisitors(jdbc.sql("""
                select h.* from home_visit h where h.done_on is null and h.planned_date between ? and ?
                and exists (select 1 from home_visit_facilitator hf join facilitator f on f.id = hf.facilitator_id
                            where hf.home_visit_id = h.id and f.user_id = ?)
                order by h.planned_date""").params(from, to, user.value()).query(HomeVisitStore::visit).list());
    }

    /** Adds each visit's visitors with one query for all of them. */
    private List<HomeVisit> withVisitors(List<HomeVisit> visits) {
        java.util.Map<UUID, List<Facilitator>> byVisit = new java.util.HashMap<>();
        if (!visits.isEmpty()) {
            jdbc.sql("""
                    select hf.home_visit_id, f.* from home_visit_facilitator hf join facilitator f on f.id = hf.facilitator_id
                    where hf.home_visit_id = any(?) order by lower(f.display_name)""")
                    .param(visits.stream().map(v -> v.id().value()).toArray(UUID[]::new))
                    .query((rs, n) -> byVisit.computeIfAbsent(rs.getObject("home_visit_id", UUID.class), k -> new ArrayList<>())
                            .add(FacilitatorStore.facilitator(rs, n)))
                    .list();
        }
        List<HomeVisit> result = new ArrayList<>(visits.size());
        for (HomeVisit visit : visits) {
            List<Facilitator> visitors = byVisit.getOrDefault(visit.id().value(), List.of());
            result.add(new HomeVisit(visit.id(), visit.familyId(), visit.contactCode(), visit.plannedDate(),
                    visit.doneOn(), visit.durationMinutes(), visit.notes(), visit.talkAndListenDone(), visit.version(),
                    visitors));
        }
        return result;
    }

    private static HomeVisit visit(ResultSet rs, int row) throws SQLException {
        return new HomeVisit(new HomeVisitId(rs.getObject("id", UUID.class)), new FamilyId(rs.getObject("family_id", UUID.class)),
                rs.getString("contact_code"), rs.getObject("planned_date", LocalDate.class),
                rs.getObject("done_on", LocalDate.class), (Integer) rs.getObject("duration_minutes"),
                rs.getString("notes"), (Boolean) rs.getObject("talk_and_listen_done"), rs.getInt("version"), List.of());
    }
}
