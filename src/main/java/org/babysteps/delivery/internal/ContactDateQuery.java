package org.babysteps.delivery.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.delivery.FamilyContacts;
import org.babysteps.delivery.GroupId;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The families in a facilitator's groups and the dates of their contacts, in three queries whatever the number of
 * families: places, then the groups' session dates, then the families' home visit dates.
 */
@Repository
public class ContactDateQuery {

    private final JdbcClient jdbc;

    ContactDateQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Place(UUID familyId, UUID groupId, String groupName) {
    }

    public List<FamilyContacts> forFacilitator(UserId user, LocalDate lastSessionOnOrAfter, SiteScope scope) {
        List<Place> places = scope.bind(jdbc.sql("""
                        select e.family_id, g.id as group_id, g.name from enrolment e
                        join delivery_group g on g.id = e.group_id
                        where e.status in ('ENROLLED', 'COMPLETED')
                          and exists (select 1 from group_facilitator gf join facilitator f on f.id = gf.facilitator_id
                                      where gf.group_id = g.id and f.user_id = :user)
                          and (select max(s.planned_date) from group_session s where s.group_id = g.id) >= :since
                          and """ + scope.condition("g.site_id") + " order by g.start_date, g.name, e.enrolled_on, e.family_id")
                        .param("user", user.value()).param("since", lastSessionOnOrAfter))
                .query((rs, row) -> new Place(rs.getObject("family_id", UUID.class), rs.getObject("group_id", UUID.class),
                        rs.getString("name"))).list();
        if (places.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, LocalDate>> sessionDates = new HashMap<>();
        scope.bind(jdbc.sql("select s.group_id, s.contact_code, s.planned_date from group_session s"
                        + " where s.group_id = any(:groups) and " + scope.condition("s.site_id"))
                        .param("groups", places.stream().map(Place::groupId).distinct().toArray(UUID[]::new)))
                .query(rs -> {
                    sessionDates.computeIfAbsent(rs.getObject("group_id", UUID.class), group -> new HashMap<>())
                            .put(rs.getString("contact_code"), rs.getObject("planned_date", LocalDate.class));
                });
        Map<UUID, Map<String, LocalDate>> visitDates = new HashMap<>();
        scope.bind(jdbc.sql("select h.family_id, h.contact_code, coalesce(h.done_on, h.planned_date) as on_date"
                        + " from home_visit h where h.family_id = any(:families) and "
                        + scope.condition("h.site_id") + " and coalesce(h.done_on, h.planned_date) is not null")
                        .param("families", places.stream().map(Place::familyId).distinct().toArray(UUID[]::new)))
                .query(rs -> {
                    visitDates.computeIfAbsent(rs.getObject("family_id", UUID.class), family -> new HashMap<>())
                            .put(rs.getString("contact_code"), rs.getObject("on_date", LocalDate.class));
                });
        List<FamilyContacts> result = new ArrayList<>(places.size());
        for (Place place : places) {
            Map<String, LocalDate> dates = new LinkedHashMap<>(visitDates.getOrDefault(place.familyId(), Map.of()));
            dates.putAll(sessionDates.getOrDefault(place.groupId(), Map.of()));
            result.add(new FamilyContacts(new FamilyId(place.familyId()), new GroupId(place.groupId()),
                    place.groupName(), dates));
        }
        return result;
    }
}
