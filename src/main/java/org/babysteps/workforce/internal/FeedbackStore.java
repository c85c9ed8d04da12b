package org.babysteps.workforce.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainees' ratings and comments after each event and at follow-up, and their averages per run and quarter. */
@Repository
public class FeedbackStore {

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A facilitator course someone completed through a run and has not given the follow-up on. */
    public record OpenFollowUp(UUID runId, String courseCode, int courseVersion, java.time.LocalDate completedOn) {
    }

    /** Facilitator courses the practitioner completed on a run, without their follow-up feedback, oldest first. */
    public List<OpenFollowUp> openFollowUps(UUID practitioner) {
        return jdbc.sql("""
                select r.course_run_id, run.course_code, run.course_version, r.completed_on
                from training_record r join course_run run on run.id = r.course_run_id
                where r.practitioner_id = ? and r.kind = 'FACILITATOR'
                  and not exists (select 1 from training_feedback f where f.run_id = r.course_run_id
                                  and f.practitioner_id = r.practitioner_id and f.event_number is null)
                order by r.completed_on""")
                .param(practitioner)
                .query((rs, n) -> new OpenFollowUp(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, java.time.LocalDate.class)))
                .list();
    }

    /** Average of one question at one stage (event number, or null for follow-up), over n answers. */
    public record AverageRow(Integer eventNumber, String questionCode, double average, int answers) {
    }

    /** Average of one question in one quarter for one course version. */
    public record QuarterRow(int year, int quarter, int courseVersion, double average, int answers) {
    }

    public record CommentRow(Integer eventNumber, String text) {
    }

    public boolean given(UUID run, UUID practitioner, Integer event) {
        return jdbc.sql("select exists(select 1 from training_feedback where run_id = ? and practitioner_id = ?"
                        + " and event_number is not distinct from ?)")
                .params(run, practitioner, event).query(Boolean.class).single();
    }

    public void insert(UUID run, UUID practitioner, Integer event, Map<String, Integer> ratings, String comments,
                       String enteredBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into training_feedback (id, run_id, event_number, practitioner_id, comments, entered_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, run, event, practitioner, comments, enteredBy).update();
        ratings.forEach((question, rating) -> jdbc.sql(
                        "insert into training_feedback_rating (feedback_id, question_code, rating) values (?, ?, ?)")
                .params(id, question, rating).update());
    }

    public List<AverageRow> averages(UUID run) {
        return jdbc.sql("""
                select f.event_number, r.question_code, avg(r.rating), count(*)
                from training_feedback f join training_feedback_rating r on r.feedback_id = f.id
                where f.run_id = ? group by f.event_number, r.question_code""")
                .param(run)
                .query((rs, n) -> new AverageRow((Integer) rs.getObject(1), rs.getString(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    public List<CommentRow> comments(UUID run) {
        return jdbc.sql("""
                select event_number, comments from training_feedback where run_id = ? and comments is not null
                order by event_number nulls last, submitted_at""")
                .param(run).query((rs, n) -> new CommentRow((Integer) rs.getObject(1), rs.getString(2))).list();
    }

    /**
     * One question's averages by the quarter of the event it followed (follow-ups: of the run's last event), for
     * every version of a course, so a change of version shows as a change in the trend.
     */
    public List<QuarterRow> byQuarter(String courseCode, String question, boolean followUp) {
        return jdbc.sql("""
                select extract(year from d.day)::int, extract(quarter from d.day)::int, run.course_version,
                       avg(r.rating), count(*)
                from training_feedback f join training_feedback_rating r on r.feedback_id = f.id
                join course_run run on run.id = f.run_id
                cross join lateral (select max(e.ends_on) as day from course_event e where e.run_id = f.run_id
                                    and (f.event_number is null or e.number = f.event_number)) d
                where run.course_code = :course and r.question_code = :question
                  and (f.event_number is null) = :followUp
                group by 1, 2, 3 order by 1, 2, 3""")
                .param("course", courseCode).param("question", question).param("followUp", followUp)
                .query((rs, n) -> new QuarterRow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getInt(5)))
                .list();
    }
}
