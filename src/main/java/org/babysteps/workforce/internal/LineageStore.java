package org.babysteps.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Trainers and train-the-trainer lineage, for the licensor: every practitioner ever accredited as a trainer or
 * training on a run, their latest accreditation, who accredited them, and how many they trained.
 */
@Repository
public class LineageStore {

    private final JdbcClient jdbc;

    LineageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param accreditedThrough the run that accredited them (null when the licensor accredited them directly)
     * @param accreditedBy      names of that run's trainers, comma separated
     */
    public record TrainerRow(UUID practitionerId, String name, LocalDate accreditedOn, LocalDate accreditedUntil,
                             int warningDays, UUID accreditedThrough, String accreditedBy, int runs,
                             int facilitatorsTrained, int trainersTrained) {
    }

    public List<TrainerRow> trainers(String programme) {
        return jdbc.sql("""
                with accreditation as (
                  select distinct on (r.practitioner_id) r.practitioner_id, r.completed_on, r.valid_until,
                         r.warning_days, r.course_run_id
                  from training_record r where r.kind = 'TRAINER' and r.programme_id = :programme
                  order by r.practitioner_id, r.completed_on desc),
                people as (
                  select practitioner_id from accreditation
                  union select c.practitioner_id from course_trainer c join course_run run on run.id = c.run_id
                  where run.programme_id = :programme)
                select p.id, p.name, a.completed_on, a.valid_until, coalesce(a.warning_days, 0), a.course_run_id,
                  (select string_agg(tp.name, ', ' order by tp.name) from course_trainer t
                     join practitioner tp on tp.id = t.practitioner_id where t.run_id = a.course_run_id),
                  (select count(*) from course_trainer c join course_run run on run.id = c.run_id
                     where c.practitioner_id = p.id and run.programme_id = :programme and run.cancelled_at is null),
                  (select count(distinct tr.practitioner_id) from course_trainer c
                     join training_record tr on tr.course_run_id = c.run_id
                     where c.practitioner_id = p.id and tr.kind = 'FACILITATOR' and tr.programme_id = :programme),
                  (select count(distinct tr.practitioner_id) from course_trainer c
                     join training_record tr on tr.course_run_id = c.run_id
                     where c.practitioner_id = p.id and tr.kind = 'TRAINER' and tr.programme_id = :programme)
                from people x join practitioner p on p.id = x.practitioner_id
                left join accreditation a on a.practitioner_id = p.id
                order by lower(p.name)""")
                .param("programme", programme)
                .query((rs, n) -> new TrainerRow(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getInt(5),
                        rs.getObject(6, UUID.class), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)))
                .list();
    }

    /** The practitioners a trainer trained as facilitators, with the run and the date: "who trained whom". */
    public List<UUID> facilitatorsTrainedBy(UUID trainer, String programme) {
        return jdbc.sql("""
                select distinct tr.practitioner_id from course_trainer c join training_record tr on tr.course_run_id = c.run_id
                where c.practitioner_id = ? and tr.kind = 'FACILITATOR' and tr.programme_id = ?""")
                .params(trainer, programme).query(UUID.class).list();
    }
}
