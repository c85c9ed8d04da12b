package org.babysteps.site.readiness;

import java.util.List;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.site.ReadinessRating;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the site said about each criterion (every save kept) and the licensor's comments on it. */
@Repository
public class CriterionStore {

    /** One save of a criterion: revision 1 is the first. */
    public record Entry(String criterion, int revision, ReadinessRating rating, String evidence, String byName, java.time.LocalDateTime at) {
    }

    public record Comment(String criterion, String comment, String byName, java.time.LocalDateTime at) {
    }

    private final JdbcClient jdbc;

    CriterionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves a new revision on top of {@code basedOn}; false when someone saved the criterion since (the newest
     * revision is no longer {@code basedOn}), so nobody overwrites another's answer without seeing it.
     */
    boolean save(UUID assessment, String criterion, int basedOn, ReadinessRating rating, String evidence,
                 UUID byUser, String byName) {
        try {
            return jdbc.sql("""
                    insert into readiness_entry (id, assessment_id, criterion, revision, rating, evidence, by_user_id, by_name)
                    select :id, :assessment, :criterion, :revision, :rating, :evidence, :byUser, :byName
                    where (select coalesce(max(revision), 0) from readiness_entry
                           where assessment_id = :assessment and criterion = :criterion) = :basedOn""")
                    .param("id", UUID.randomUUID()).param("assessment", assessment).param("criterion", criterion)
                    .param("revision", basedOn + 1).param("rating", rating == null ? null : rating.name())
                    .param("evidence", evidence).param("byUser", byUser).param("byName", byName)
                    .param("basedOn", basedOn).update() == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Every save of every criterion of the assessment, newest first within a criterion. */
    public List<Entry> entries(UUID assessment, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select e.* from readiness_entry e join readiness_assessment a on a.id = e.assessment_id
                        where e.assessment_id = :id and """ + " " + scope.condition("a.site_id")
                        + " order by e.criterion, e.revision desc"))
                .param("id", assessment)
                .query((rs, n) -> new Entry(rs.getString("criterion"), rs.getInt("revision"),
                        rs.getString("rating") == null ? null : ReadinessRating.valueOf(rs.getString("rating")),
                        rs.getString("evidence"), rs.getString("by_name"), rs.getTimestamp("at").toInstant().atZone(org.babysteps.platform.UkTime.ZONE).toLocalDateTime()))
                .list();
    }

    void comment(UUID assessment, String criterion, String comment, UUID byUser, String byName) {
        jdbc.sql("""
                insert into readiness_comment (id, assessment_id, criterion, comment, by_user_id, by_name)
                values (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), assessment, criterion, comment.trim(), byUser, byName).update();
    }

    public List<Comment> comments(UUID assessment, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select c.* from readiness_comment c join readiness_assessment a on a.id = c.assessment_id
                        where c.assessment_id = :id and """ + " " + scope.condition("a.site_id") + " order by c.at, c.id"))
                .param("id", assessment)
                .query((rs, n) -> new Comment(rs.getString("criterion"), rs.getString("comment"), rs.getString("by_name"),
                        rs.getTimestamp("at").toInstant().atZone(org.babysteps.platform.UkTime.ZONE).toLocalDateTime()))
                .list();
    }
}
