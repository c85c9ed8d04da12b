package org.babysteps.media.playback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The licensor's demonstration films that are ready to watch. They belong to no site, so no site scope applies:
 * who may see them at all is {@link DemonstrationWatchPolicy}'s to decide, before any of these is read.
 */
@Repository
class DemonstrationStore {

    private static final String COLUMNS = "select id, title, description, content_type, duration_seconds, completed_at,"
            + " created_by_name from video where kind = 'DEMONSTRATION' and status = 'READY'";

    private final JdbcClient jdbc;

    DemonstrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<DemonstrationFilm> ready() {
        return jdbc.sql(COLUMNS + " order by completed_at desc, title").query(DemonstrationStore::film).list();
    }

    Optional<DemonstrationFilm> ready(UUID videoId) {
        return jdbc.sql(COLUMNS + " and id = ?").param(videoId).query(DemonstrationStore::film).optional();
    }

    private static DemonstrationFilm film(ResultSet rs, int row) throws SQLException {
        return new DemonstrationFilm(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
    }
}
