package org.babysteps.site.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.site.ReadinessConditionRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tracked actions of "ready with conditions" decisions. */
@Repository
public class ConditionStore {

    public record Condition(UUID id, int position, String description, String owner, LocalDate dueOn, boolean done,
                            LocalDate doneOn, String doneByName) {
    }

    private final JdbcClient jdbc;

    ConditionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID assessment, int position, ReadinessConditionRequest condition) {
        jdbc.sql("""
                insert into readiness_condition (id, assessment_id, position, description, owner, due_on, status)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(UUID.randomUUID(), assessment, position, condition.description().trim(), condition.owner().trim(),
                        condition.dueOn()).update();
    }

    public List<Condition> ofAssessment(UUID assessment, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select c.* from readiness_condition c join readiness_assessment a on a.id = c.assessment_id
                        where c.assessment_id = :id and""" + " " + scope.condition("a.site_id") + " order by c.position"))
                .param("id", assessment).query((rs, n) -> new Condition(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("description"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        rs.getString("status").equals("DONE"), rs.getObject("done_on", LocalDate.class),
                        rs.getString("done_by_name")))
                .list();
    }

    Optional<Condition> find(UUID assessment, UUID condition, SiteScope scope) {
        return ofAssessment(assessment, scope).stream().filter(c -> c.id().equals(condition)).findFirst();
    }

    /** False when someone else marked it done first. */
    boolean markDone(UUID condition, LocalDate on, String byName) {
        return jdbc.sql("""
                update readiness_condition set status = 'DONE', done_on = ?, done_by_name = ?, version = version + 1
                where id = ? and status = 'OPEN'""").params(on, byName, condition).update() == 1;
    }
}
