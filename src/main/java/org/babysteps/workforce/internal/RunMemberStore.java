package org.babysteps.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainers and trainees of runs, their event attendance, and the events each person is already committed to. */
@Repository
public class RunMemberStore {

    private final JdbcClient jdbc;

    RunMemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MemberRow(UUID practitionerId, String name, boolean hasAccount, LocalDate leftOn) {
    }

    /** An event someone is at, as trainee or trainer, of a run other than {@code excludingRun}. */
    public record CommittedEvent(UUID runId, String courseCode, int courseVersion, int number, LocalDate startsOn,
                                 LocalDate endsOn) {
    }

    public List<MemberRow> trainers(UUID run) {
        return members("course_trainer", run);
    }

    public List<MemberRow> trainees(UUID run) {
        return members("course_trainee", run);
    }

    private List<MemberRow> members(String table, UUID run) {
        return jdbc.sql("select p.id, p.name, p.user_id is not null as has_account, p.left_on from " + table
                        + " m join practitioner p on p.id = m.practitioner_id where m.run_id = ? order by lower(p.name)")
                .param(run).query(RunMemberStore::member).list();
    }

    public void addTrainer(UUID run, UUID practitioner) {
        jdbc.sql("insert into course_trainer (run_id, practitioner_id) values (?, ?)").params(run, practitioner).update();
    }

    public void addTrainee(UUID run, UUID practitioner) {
        jdbc.sql("insert into course_trainee (run_id, practitioner_id) values (?, ?)").params(run, practitioner).update();
    }

    /** Takes a trainee off a run with their marks and feedback; false if they were not on it. */
    public boolean removeTrainee(UUID run, UUID practitioner) {
        jdbc.sql("delete from event_attendance where run_id = ? and practitioner_id = ?").params(run, practitioner).update();
        jdbc.sql("""
                delete from training_feedback_rating where feedback_id in
                    (select id from training_feedback where run_id = ? and practitioner_id = ?)""")
                .params(run, practitioner).update();
        jdbc.sql("delete from training_feedback where run_id = ? and practitioner_id = ?").params(run, practitioner).update();
        return jdbc.sql("delete from course_trainee where run_id = ? and practitioner_id = ?")
                .params(run, practitioner).update() == 1;
    }

    /** Locks the run's row so two people adding trainees at once cannot both take the last place. */
    public int lockAndCountTrainees(UUID run) {
        jdbc.sql("select id from course_run where id = ? for update").param(run).query(UUID.class).optional();
        return jdbc.sql("select count(*) from course_trainee where run_id = ?").param(run).query(Integer.class).single();
    }

    public boolean isTrainer(UUID run, UUID practitioner) {
        return exists("course_trainer", run, practitioner);
    }

    public boolean isTrainee(UUID run, UUID practitioner) {
        return exists("course_trainee", run, practitioner);
    }

    private boolean exists(String table, UUID run, UUID practitioner) {
        return jdbc.sql("select exists(select 1 from " + table + " where run_id = ? and practitioner_id = ?)")
                .params(run, practitioner).query(Boolean.class).single();
    }

    public List<CommittedEvent> committedEvents(UUID practitioner, UUID excludingRun) {
        return jdbc.sql("""
                select r.id, r.course_code, r.course_version, e.number, e.starts_on, e.ends_on
                from course_event e join course_run r on r.id = e.run_id
                where r.id <> :run and r.cancelled_at is null and (exists (select 1 from course_trainee t where t.run_id = r.id and t.practitioner_id = :p)
                                     or exists (select 1 from course_trainer c where c.run_id = r.id and c.practitioner_id = :p))
                order by e.starts_on""")
                .param("run", excludingRun).param("p", practitioner)
                .query((rs, n) -> new CommittedEvent(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** Saved marks of one event: present or absent, by trainee. */
    public Map<UUID, Boolean> attendance(UUID run, int event) {
        Map<UUID, Boolean> marks = new HashMap<>();
        jdbc.sql("select practitioner_id, present from event_attendance where run_id = ? and event_number = ?")
                .params(run, event)
                .query((rs, n) -> marks.put(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        return marks;
    }

    /** The events each trainee of a run was present at. */
    public Map<UUID, java.util.Set<Integer>> presence(UUID run) {
        Map<UUID, java.util.Set<Integer>> present = new HashMap<>();
        jdbc.sql("select practitioner_id, event_number from event_attendance where run_id = ? and present")
                .param(run)
                .query((rs, n) -> present.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.HashSet<>())
                        .add(rs.getInt(2)))
                .list();
        return present;
    }

    public void replaceAttendance(UUID run, int event, Map<UUID, Boolean> marks) {
        jdbc.sql("delete from event_attendance where run_id = ? and event_number = ?").params(run, event).update();
        marks.forEach((practitioner, present) -> jdbc.sql(
                        "insert into event_attendance (run_id, event_number, practitioner_id, present) values (?, ?, ?, ?)")
                .params(run, event, practitioner, present).update());
    }

    private static MemberRow member(ResultSet rs, int row) throws SQLException {
        return new MemberRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("has_account"),
                rs.getObject("left_on", LocalDate.class));
    }
}
