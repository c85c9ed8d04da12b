package org.babysteps.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.SessionId;
import org.babysteps.delivery.SessionStatus;
import org.babysteps.delivery.SessionView;
import org.babysteps.delivery.VenueId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Group sessions: planned, moved, cancelled, delivered (register saved), with their facilitators. */
@Repository
public class SessionStore {

    private static final String SELECT = """
            select s.*, g.name as group_name, v.name as venue_name
            from group_session s join delivery_group g on g.id = s.group_id left join venue v on v.id = s.venue_id
            """;

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SessionId id, GroupId group, SiteId site, SessionSchedule.PlannedSession planned, VenueId venue,
                       List<FacilitatorId> facilitators) {
        jdbc.sql("""
                insert into group_session (id, group_id, site_id, contact_code, session_number, title, planned_date,
                    planned_time, venue_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), group.value(), site.value(), planned.contactCode(), planned.number(), planned.title(),
                        planned.date(), planned.time(), venue == null ? null : venue.value())
                .update();
        setFacilitators(id, facilitators);
    }

    public void setFacilitators(SessionId id, Collection<FacilitatorId> facilitators) {
        jdbc.sql("delete from session_facilitator where session_id = ?").param(id.value()).update();
        for (FacilitatorId facilitator : facilitators) {
            jdbc.sql("insert into session_facilitator (session_id, facilitator_id) values (?, ?)")
                    .params(id.value(), facilitator.value()).update();
        }
    }

    public Optional<SessionView> find(SessionId id, SiteScope scope) {
        List<SessionView> found = query(scope.bind(jdbc.sql(SELECT + " where s.id = :id and " + scope.condition("s.site_id"))
                .param("id", id.value())));
        return found.stream().findFirst();
    }

    public List<SessionView> forGroup(GroupId group) {
        return query(jdbc.sql(SELECT + " where s.group_id = :group order by s.session_number").param("group", group.value()));
    }

    /** Sessions a person facilitates between two dates, across their sites. */
    public List<SessionView> facilitatedBy(UserId user, LocalDate from, LocalDate to) {
        return query(jdbc.sql(SELECT + """
                 where s.planned_date between :from and :to and s.status <> 'CANCELLED' and exists (
                    select 1 from session_facilitator sf join facilitator f on f.id = sf.facilitator_id
                    where sf.session_id = s.id and f.user_id = :user)
                 order by s.planned_date, s.planned_time""")
                .param("from", from).param("to", to).param("user", user.value()));
    }

    /** Sessions of one site (or all the caller's, when null) whose date has passed without a register. */
    public List<SessionView> registersDue(SiteScope scope, SiteId site, UserId onlyFacilitatedBy, LocalDate today) {
        String mine = onlyFacilitatedBy == null ? "" : """
                 and exists (select 1 from session_facilitator sf join facilitator f on f.id = sf.facilitator_id
                    where sf.session_id = s.id and f.user_id = :user)""";
        String oneSite = site == null ? "" : " and s.site_id = :site";
        var statement = jdbc.sql(SELECT + " where s.status = 'PLANNED' and s.planned_date < :today and "
                + scope.condition("s.site_id") + oneSite + mine + " order by s.planned_date").param("today", today);
        if (site != null) {
            statement = statement.param("site", site.value());
        }
        if (onlyFacilitatedBy != null) {
            statement = statement.param("user", onlyFacilitatedBy.value());
        }
        return query(scope.bind(statement));
    }

    /** Every session of a site planned from..to (both included), whatever its status, in date order. */
    public List<SessionView> between(SiteScope scope, SiteId site, LocalDate from, LocalDate to) {
        return query(scope.bind(jdbc.sql(SELECT + " where s.site_id = :site and s.planned_date between :from and :to and "
                        + scope.condition("s.site_id") + " order by s.planned_date, s.planned_time, g.name")
                .param("site", site.value()).param("from", from).param("to", to)));
    }

    public void move(SessionId id, LocalDate date, LocalTime time, VenueId venue) {
        jdbc.sql("update group_session set planned_date = ?, planned_time = ?, venue_id = ? where id = ?")
                .params(date, time, venue == null ? null : venue.value(), id.value()).update();
    }

    public void cancel(SessionId id, String reason) {
        jdbc.sql("update group_session set status = 'CANCELLED', cancel_reason = ? where id = ? and status = 'PLANNED'")
                .params(reason, id.value()).update();
    }

    public void recordException(SessionId id, String reason, String by) {
        jdbc.sql("update group_session set exception_reason = ?, exception_by = ?, exception_at = now() where id = ?")
                .params(reason, by, id.value()).update();
    }

    /** Marks the register saved, unless someone saved it since {@code expectedVersion} was read. */
    public boolean markRegisterSaved(SessionId id, int expectedVersion, String by) {
        return jdbc.sql("""
                update group_session set status = 'DELIVERED', register_version = register_version + 1,
                    register_saved_at = now(), register_saved_by = ?
                where id = ? and register_version = ? and status <> 'CANCELLED'""")
                .params(by, id.value(), expectedVersion).update() == 1;
    }

    private List<SessionView> query(JdbcClient.StatementSpec statement) {
        List<Row> rows = statement.query(SessionStore::row).list();
        Map<UUID, List<Facilitator>> facilitators = facilitatorsOf(rows.stream().map(r -> r.id).toList());
        List<SessionView> views = new ArrayList<>(rows.size());
        for (Row r : rows) {
            views.add(new SessionView(new SessionId(r.id), r.group, r.groupName, r.site, r.number, r.title, r.code,
                    r.date, r.time, r.venue, r.venueName, r.status, r.cancelReason, r.exceptionReason, r.registerVersion,
                    r.savedAt, r.savedBy, facilitators.getOrDefault(r.id, List.of())));
        }
        return views;
    }

    private Map<UUID, List<Facilitator>> facilitatorsOf(List<UUID> sessions) {
        Map<UUID, List<Facilitator>> bySession = new HashMap<>();
        if (sessions.isEmpty()) {
            return bySession;
        }
        jdbc.sql("""
                select sf.session_id, f.* from session_facilitator sf join facilitator f on f.id = sf.facilitator_id
                where sf.session_id = any(?) order by lower(f.display_name)""")
                .param(sessions.toArray(UUID[]::new))
                .query((rs, n) -> {
                    bySession.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                            .add(FacilitatorStore.facilitator(rs, n));
                    return null;
                }).list();
        return bySession;
    }

    private record Row(UUID id, GroupId group, String groupName, SiteId site, int number, String title, String code,
                       LocalDate date, LocalTime time, VenueId venue, String venueName, SessionStatus status,
                       String cancelReason, String exceptionReason, int registerVersion, java.time.Instant savedAt,
                       String savedBy) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID venue = rs.getObject("venue_id", UUID.class);
        OffsetDateTime saved = rs.getObject("register_saved_at", OffsetDateTime.class);
        return new Row(rs.getObject("id", UUID.class), new GroupId(rs.getObject("group_id", UUID.class)),
                rs.getString("group_name"), new SiteId(rs.getObject("site_id", UUID.class)), rs.getInt("session_number"),
                rs.getString("title"), rs.getString("contact_code"), rs.getObject("planned_date", LocalDate.class),
                rs.getObject("planned_time", LocalTime.class), venue == null ? null : new VenueId(venue),
                rs.getString("venue_name"), SessionStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"), rs.getString("exception_reason"), rs.getInt("register_version"),
                saved == null ? null : saved.toInstant(), rs.getString("register_saved_by"));
    }
}
