package org.babysteps.workforce.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.SupervisionSessionDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.SupervisionFormat;
import org.babysteps.workforce.SupervisionPerson;
import org.babysteps.workforce.SupervisionSession;
import org.babysteps.workforce.SupervisionSessionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Supervision sessions. Who may see a session, and who may read its topics, is decided inside the query: topics
 * leave the database only for the supervisor, the supervisees and (when {@code seesTopics}) the site lead.
 */
@Repository
public class SupervisionStore {

    /** Who is reading: whether they see every session of their sites, may read topics, and their own record. */
    public record Viewer(boolean seesAll, boolean seesTopics, PractitionerId me) {

        UUID meOrNobody() {
            // a fresh id matches no row, so "me" conditions are simply false for someone with no practitioner record
            return me == null ? UUID.randomUUID() : me.value();
        }
    }

    private static final String IN_IT = "(s.supervisor_id = :me or exists (select 1 from supervision_attendee m"
            + " where m.session_id = s.id and m.practitioner_id = :me))";
    private static final String SELECT = "select s.id, s.site_id, s.supervisor_id, sp.name as supervisor_name, s.held_on,"
            + " s.duration_minutes, s.format, case when :seesTopics or " + IN_IT + " then s.topics end as topics,"
            + " (:seesTopics or " + IN_IT + ") as topics_visible,"
            + " array(select a.practitioner_id::text || p.name from supervision_attendee a"
            + "   join practitioner p on p.id = a.practitioner_id where a.session_id = s.id order by lower(p.name)) as supervisees"
            + " from supervision_session s join practitioner sp on sp.id = s.supervisor_id";

    private final JdbcClient jdbc;

    SupervisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SupervisionSessionId id, SupervisionSessionDetails session, String recordedBy) {
        jdbc.sql("""
                insert into supervision_session (id, site_id, supervisor_id, held_on, duration_minutes, format, topics,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), session.siteId().value(), session.supervisorId().value(), session.heldOn(),
                        session.durationMinutes(), session.format().name(), blankToNull(session.topics()), recordedBy)
                .update();
        for (PractitionerId supervisee : session.superviseeIds()) {
            jdbc.sql("insert into supervision_attendee (session_id, practitioner_id) values (?, ?)")
                    .params(id.value(), supervisee.value()).update();
        }
    }

    /** The sessions of a site the viewer may see, newest first. */
    public List<SupervisionSession> atSite(SiteId site, SiteScope scope, Viewer viewer) {
        return visible(" and s.site_id = :site", scope, viewer).param("site", site.value())
                .query(SupervisionStore::session).list();
    }

    /** Every session the viewer was in, as supervisor or supervisee, newest first. */
    public List<SupervisionSession> involving(PractitionerId practitioner, SiteScope scope) {
        Viewer self = new Viewer(false, false, practitioner);
        return visible(" and " + IN_IT, scope, self).query(SupervisionStore::session).list();
    }

    /**
     * The accounts of the supervisors, still in post, who held the most recent session at a site (on or before
     * {@code today}) of each practitioner with one of these accounts.
     */
    public java.util.Set<org.babysteps.platform.UserId> latestSupervisorAccounts(
            Collection<org.babysteps.platform.UserId> supervisees, SiteId site, LocalDate today, SiteScope scope) {
        if (supervisees.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(scope.bind(jdbc.sql("""
                        select latest.user_id from (
                            select distinct on (a.practitioner_id) sup.user_id, sup.left_on
                            from supervision_attendee a
                            join practitioner p on p.id = a.practitioner_id
                            join supervision_session s on s.id = a.session_id
                            join practitioner sup on sup.id = s.supervisor_id
                            where p.user_id = any(:users) and s.site_id = :site and s.held_on <= :today
                              and\s""" + scope.condition("s.site_id") + """
                            order by a.practitioner_id, s.held_on desc, s.recorded_at desc) latest
                        where latest.user_id is not null and (latest.left_on is null or latest.left_on > :today)""")
                        .param("users", supervisees.stream().map(org.babysteps.platform.UserId::value).toArray(UUID[]::new))
                        .param("site", site.value()).param("today", today))
                .query((rs, n) -> new org.babysteps.platform.UserId(rs.getObject(1, UUID.class))).list());
    }

    /** Each practitioner's most recent session as a supervisee on or before {@code until}, wherever it was held. */
    public Map<PractitionerId, LocalDate> lastSupervised(Collection<PractitionerId> practitioners, LocalDate until) {
        Map<PractitionerId, LocalDate> last = new HashMap<>();
        if (practitioners.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                select a.practitioner_id, max(s.held_on) as last_on from supervision_attendee a
                join supervision_session s on s.id = a.session_id
                where a.practitioner_id = any(:ids) and s.held_on <= :until group by a.practitioner_id""")
                .param("ids", practitioners.stream().map(PractitionerId::value).toArray(UUID[]::new))
                .param("until", until)
                .query((rs, n) -> last.put(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                        rs.getObject("last_on", LocalDate.class)))
                .list();
        return last;
    }

    /**
     * Supervision dates of practitioners up to {@code until}, wherever the session was recorded (supervision at
     * another of their sites still counts), for practitioners of a site the caller may see.
     */
    public Map<PractitionerId, List<LocalDate>> supervisedOn(Collection<PractitionerId> practitioners, LocalDate until,
                                                             SiteScope scope) {
        Map<PractitionerId, List<LocalDate>> dates = new HashMap<>();
        if (practitioners.isEmpty()) {
            return dates;
        }
        scope.bind(jdbc.sql("""
                select a.practitioner_id, s.held_on from supervision_attendee a
                join supervision_session s on s.id = a.session_id
                where a.practitioner_id = any(:ids) and s.held_on <= :until
                and exists (select 1 from practitioner_site ps where ps.practitioner_id = a.practitioner_id
                            and """ + scope.condition("ps.site_id") + """
                ) order by s.held_on"""))
                .param("ids", practitioners.stream().map(PractitionerId::value).toArray(UUID[]::new))
                .param("until", until)
                .query((rs, n) -> dates.computeIfAbsent(new PractitionerId(rs.getObject("practitioner_id", UUID.class)),
                        id -> new ArrayList<>()).add(rs.getObject("held_on", LocalDate.class)))
                .list();
        return dates;
    }

    private JdbcClient.StatementSpec visible(String extra, SiteScope scope, Viewer viewer) {
        String sql = SELECT + " where " + scope.condition("s.site_id") + " and (:seesAll or " + IN_IT + ")" + extra
                + " order by s.held_on desc, s.recorded_at desc";
        return scope.bind(jdbc.sql(sql)).param("seesAll", viewer.seesAll()).param("seesTopics", viewer.seesTopics())
                .param("me", viewer.meOrNobody());
    }

    private static SupervisionSession session(ResultSet rs, int row) throws SQLException {
        return new SupervisionSession(new SupervisionSessionId(rs.getObject("id", UUID.class)),
                new SiteId(rs.getObject("site_id", UUID.class)),
                new SupervisionPerson(new PractitionerId(rs.getObject("supervisor_id", UUID.class)), rs.getString("supervisor_name")),
                people(rs.getArray("supervisees")), rs.getObject("held_on", LocalDate.class), rs.getInt("duration_minutes"),
                SupervisionFormat.valueOf(rs.getString("format")), rs.getString("topics"), rs.getBoolean("topics_visible"));
    }

    /** Each entry is the practitioner's id (36 characters) followed by their name. */
    private static List<SupervisionPerson> people(Array array) throws SQLException {
        List<SupervisionPerson> people = new ArrayList<>();
        for (String entry : (String[]) array.getArray()) {
            people.add(new SupervisionPerson(new PractitionerId(UUID.fromString(entry.substring(0, 36))), entry.substring(36)));
        }
        return people;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
