package org.babysteps.site.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence files in PostgreSQL. Lists never load the content; removal only marks the row. */
@Repository
public class EvidenceFileStore {

    /** A file as listed; {@code removedAt} set once someone removed it. */
    public record EvidenceFile(UUID id, String criterion, String fileName, String contentType, long sizeBytes,
                               String byName, java.time.LocalDateTime at, java.time.LocalDateTime removedAt, String removedByName) {
        public boolean removed() {
            return removedAt != null;
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private static final String COLUMNS = "f.id, f.criterion, f.file_name, f.content_type, f.size_bytes, f.by_name, f.at,"
            + " f.removed_at, f.removed_by_name";

    private final JdbcClient jdbc;

    EvidenceFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID assessment, String criterion, String fileName, String contentType, byte[] content,
                UUID byUser, String byName) {
        jdbc.sql("""
                insert into readiness_file (id, assessment_id, criterion, file_name, content_type, size_bytes, content,
                    by_user_id, by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, assessment, criterion, fileName, contentType, content.length, content, byUser, byName).update();
    }

    public List<EvidenceFile> ofAssessment(UUID assessment, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + """
                         from readiness_file f join readiness_assessment a on a.id = f.assessment_id
                        where f.assessment_id = :id and""" + " " + scope.condition("a.site_id") + " order by f.at, f.id"))
                .param("id", assessment).query(EvidenceFileStore::file).list();
    }

    Optional<EvidenceFile> find(UUID assessment, UUID file, SiteScope scope) {
        return scope.bind(jdbc.sql("select " + COLUMNS + """
                         from readiness_file f join readiness_assessment a on a.id = f.assessment_id
                        where f.id = :file and f.assessment_id = :id and""" + " " + scope.condition("a.site_id")))
                .param("id", assessment).param("file", file).query(EvidenceFileStore::file).optional();
    }

    /** The content of a file that has not been removed, if the caller may see its site. */
    public Optional<Download> download(SiteId site, UUID assessment, UUID file, SiteScope scope) {
        return scope.bind(jdbc.sql("""
                        select f.file_name, f.content_type, f.content from readiness_file f
                        join readiness_assessment a on a.id = f.assessment_id
                        where f.id = :file and f.assessment_id = :id and a.site_id = :site and f.removed_at is null
                        and""" + " " + scope.condition("a.site_id")))
                .param("id", assessment).param("file", file).param("site", site.value())
                .query((rs, n) -> new Download(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    void remove(UUID file, String byName) {
        jdbc.sql("update readiness_file set removed_at = now(), removed_by_name = ? where id = ? and removed_at is null")
                .params(byName, file).update();
    }

    private static EvidenceFile file(ResultSet rs, int n) throws SQLException {
        var removed = rs.getTimestamp("removed_at");
        return new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("criterion"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("by_name"),
                rs.getTimestamp("at").toInstant().atZone(org.babysteps.platform.UkTime.ZONE).toLocalDateTime(), removed == null ? null : removed.toInstant().atZone(org.babysteps.platform.UkTime.ZONE).toLocalDateTime(), rs.getString("removed_by_name"));
    }
}
