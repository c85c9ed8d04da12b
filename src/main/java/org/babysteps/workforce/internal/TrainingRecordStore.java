package org.babysteps.workforce.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training records: what completing a run (or a direct accreditation) made of a practitioner, and until when. */
@Repository
public class TrainingRecordStore {

    private final JdbcClient jdbc;

    TrainingRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RecordRow(UUID practitionerId, String programmeId, String kind, LocalDate completedOn,
                            LocalDate validUntil, int warningDays, UUID courseRunId) {
    }

    public void insert(RecordRow record, String grantedBy) {
        jdbc.sql("""
                insert into training_record (id, practitioner_id, programme_id, kind, completed_on, valid_until,
                                             warning_days, course_run_id, granted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), record.practitionerId(), record.programmeId(), record.kind(),
                        record.completedOn(), record.validUntil(), record.warningDays(), record.courseRunId(), grantedBy)
                .update();
    }

    /** Completion dates of a run's trainees, by practitioner. */
    public Map<UUID, LocalDate> ofRun(UUID run) {
        Map<UUID, LocalDate> completed = new HashMap<>();
        jdbc.sql("select practitioner_id, completed_on from training_record where course_run_id = ?").param(run)
                .query((rs, n) -> completed.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
        return completed;
    }

    /** A corrected register can undo a completion: the record it produced goes with it. */
    public void deleteOfRun(UUID run, UUID practitioner) {
        jdbc.sql("delete from training_record where course_run_id = ? and practitioner_id = ?")
                .params(run, practitioner).update();
    }

    /** Every record of one kind for a practitioner the caller may see (licensor: any). */
    public List<RecordRow> of(UUID practitioner, String programme, String kind, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select r.* from training_record r where r.practitioner_id = :p and r.programme_id = :programme
                        and r.kind = :kind and (:scopeAllSites or exists (select 1 from practitioner_site ps
                          where ps.practitioner_id = r.practitioner_id and """ + scope.condition("ps.site_id") + "))")
                        .param("p", practitioner).param("programme", programme).param("kind", kind))
                .query((rs, n) -> new RecordRow(rs.getObject("practitioner_id", UUID.class), rs.getString("programme_id"),
                        rs.getString("kind"), rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class), rs.getInt("warning_days"),
                        rs.getObject("course_run_id", UUID.class)))
                .list();
    }
}
