package org.babysteps.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Course runs and their dated events; every read goes through the caller's {@link RunVisibility}. */
@Repository
public class CourseRunStore {

    private final JdbcClient jdbc;

    CourseRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RunRow(UUID id, String courseCode, int courseVersion, String programmeId, String kind, UUID siteId,
                         String venue, boolean online, int maxTrainees, Instant cancelledAt, String cancelledBy,
                         String cancellationReason) {

        public RunRow(UUID id, String courseCode, int courseVersion, String programmeId, String kind, UUID siteId,
                      String venue, boolean online, int maxTrainees) {
            this(id, courseCode, courseVersion, programmeId, kind, siteId, venue, online, maxTrainees, null, null, null);
        }
    }

    public record EventRow(UUID runId, int number, LocalDate startsOn, LocalDate endsOn, Instant registerSavedAt,
                           String registerSavedBy, int registerVersion) {
    }

    public void insert(RunRow run, String createdBy) {
        jdbc.sql("""
                insert into course_run (id, course_code, course_version, programme_id, kind, site_id, venue, online,
                                        max_trainees, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.id(), run.courseCode(), run.courseVersion(), run.programmeId(), run.kind(), run.siteId(),
                        run.venue(), run.online(), run.maxTrainees(), createdBy)
                .update();
    }

    public void insertEvent(UUID run, int number, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("insert into course_event (run_id, number, starts_on, ends_on) values (?, ?, ?, ?)")
                .params(run, number, startsOn, endsOn).update();
    }

    public Optional<RunRow> find(UUID id, RunVisibility visibility) {
        return visibility.bind(jdbc.sql("select * from course_run r where r.id = :id and " + visibility.condition())
                .param("id", id)).query(CourseRunStore::run).optional();
    }

    /** Visible runs, the latest first day first. */
    public List<RunRow> list(RunVisibility visibility) {
        return visibility.bind(jdbc.sql("select * from course_run r where " + visibility.condition()
                        + " order by (select min(e.starts_on) from course_event e where e.run_id = r.id) desc"))
                .query(CourseRunStore::run).list();
    }

    public List<EventRow> events(UUID run) {
        return jdbc.sql("select * from course_event where run_id = ? order by number").param(run)
                .query(CourseRunStore::event).list();
    }

    public List<EventRow> events(List<UUID> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from course_event where run_id = any(?) order by run_id, number")
                .param(runs.toArray(UUID[]::new)).query(CourseRunStore::event).list();
    }

    /**
     * Records that the register of an event was saved, moving its version on; false if the event is no longer at
     * {@code version} (someone else saved it since) or does not exist. The update locks the event's row.
     */
    public boolean markRegisterSaved(UUID run, int number, int version, String by) {
        return jdbc.sql("""
                update course_event set register_saved_at = now(), register_saved_by = ?,
                       register_version = register_version + 1
                where run_id = ? and number = ? and register_version = ?""")
                .params(by, run, number, version).update() == 1;
    }

    /** Marks a run cancelled; false if it was already cancelled (or does not exist). */
    public boolean cancel(UUID run, String reason, String by) {
        return jdbc.sql("""
                update course_run set cancelled_at = now(), cancelled_by = ?, cancellation_reason = ?
                where id = ? and cancelled_at is null""")
                .params(by, reason, run).update() == 1;
    }

    private static RunRow run(ResultSet rs, int row) throws SQLException {
        OffsetDateTime cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
        return new RunRow(rs.getObject("id", UUID.class), rs.getString("course_code"), rs.getInt("course_version"),
                rs.getString("programme_id"), rs.getString("kind"), rs.getObject("site_id", UUID.class),
                rs.getString("venue"), rs.getBoolean("online"), rs.getInt("max_trainees"),
                cancelled == null ? null : cancelled.toInstant(), rs.getString("cancelled_by"),
                rs.getString("cancellation_reason"));
    }

    private static EventRow event(ResultSet rs, int row) throws SQLException {
        OffsetDateTime saved = rs.getObject("register_saved_at", OffsetDateTime.class);
        return new EventRow(rs.getObject("run_id", UUID.class), rs.getInt("number"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                saved == null ? null : saved.toInstant(), rs.getString("register_saved_by"),
                rs.getInt("register_version"));
    }
}
